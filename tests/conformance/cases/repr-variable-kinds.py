# Variable reprs: shape as a tuple, dtype with _ref.
import tensorflow as tf
print(tf.Variable(1, name="i"))
print(tf.Variable([[1.0, 2.0]], name="m"))
print(repr(tf.get_variable("g", [3], dtype=tf.float64)))
