# variable_op_scope(values, None, default_name) = variable_scope(None, default_name, values).
import tensorflow as tf
x = tf.constant(1.0)
with tf.variable_op_scope([x], None, "layer") as sc:
    v = tf.get_variable("w", [1])
with tf.variable_op_scope([x], None, "layer") as sc2:
    pass
print(sc.name, v.name, sc2.name, sc2.original_name_scope)
