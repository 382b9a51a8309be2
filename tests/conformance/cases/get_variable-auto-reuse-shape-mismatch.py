# AUTO_REUSE still checks the shape of the existing variable.
import tensorflow as tf
with tf.variable_scope("s", reuse=tf.AUTO_REUSE):
    tf.get_variable("v", [1])
    tf.get_variable("v", [2])
