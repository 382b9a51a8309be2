# A float64 variable gets glorot_uniform too; the random ops are float64.
import tensorflow as tf
v = tf.get_variable("v", [2], dtype=tf.float64)
print(v, [op.name for op in tf.get_default_graph().get_operations()][:4])
