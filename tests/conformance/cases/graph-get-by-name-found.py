# Lookups by name return the very objects created.
import tensorflow as tf
c = tf.constant(1, name="x")
g = tf.get_default_graph()
print(g.get_tensor_by_name("x:0") is c, g.get_operation_by_name("x") is c.op)
