# variable_op_scope accepts reuse like variable_scope.
import tensorflow as tf
with tf.variable_op_scope([], "m") as sc:
    v = tf.get_variable("w", [1])
with tf.variable_op_scope([], "m", reuse=True):
    w = tf.get_variable("w", [1])
print(v is w, sc.original_name_scope)
