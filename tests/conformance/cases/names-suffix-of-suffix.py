# Asking for "a_1" after "a" was uniquified to "a_1" gives "a_1_1".
import tensorflow as tf
a = tf.constant(1, name="a")
b = tf.constant(2, name="a")
c = tf.constant(3, name="a_1")
print(a.name, b.name, c.name)
