# An explicit "X_1" reserves "x_1" case-insensitively: the second "x" skips to "x_2".
import tensorflow as tf
a = tf.constant(1, name="X_1")
b = tf.constant(2, name="x")
c = tf.constant(3, name="x")
print(a.name, b.name, c.name)
