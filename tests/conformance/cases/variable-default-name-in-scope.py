# tf.Variable without a name is "Variable", prefixed by the name scope and uniquified.
import tensorflow as tf
with tf.name_scope("s"):
    a = tf.Variable(1.0)
    b = tf.Variable(1.0)
print(a.name, b.name)
