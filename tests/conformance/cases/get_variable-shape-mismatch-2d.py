# Sharing with a different shape quotes both shapes as tuples.
import tensorflow as tf
with tf.variable_scope("s"):
    tf.get_variable("v", [2, 3])
with tf.variable_scope("s", reuse=True):
    tf.get_variable("v", [3, 2])
