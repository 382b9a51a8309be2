# A dtype error inside tf.add happens after its name scope "Add" was opened, so "Add" is used up.
import tensorflow as tf
a = tf.constant(1)
b = tf.constant(1.0)
try:
    tf.add(a, b)
except TypeError as e:
    print(str(e).splitlines()[0])
print(tf.add(a, a).name)
