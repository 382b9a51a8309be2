# A scope's dtype reaches nested get_variable calls; an explicit dtype wins.
import tensorflow as tf
with tf.variable_scope("a", dtype=tf.int32):
    with tf.variable_scope("b"):
        v = tf.get_variable("v", [1])
        w = tf.get_variable("w", [1], dtype=tf.float32)
print(v.dtype, w.dtype)
