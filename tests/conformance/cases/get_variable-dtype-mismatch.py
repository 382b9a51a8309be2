# Sharing with a different dtype: "specified dtype int32 and found dtype float32_ref".
import tensorflow as tf
with tf.variable_scope("s"):
    tf.get_variable("v", [1])
with tf.variable_scope("s", reuse=True):
    tf.get_variable("v", [1], dtype=tf.int32)
