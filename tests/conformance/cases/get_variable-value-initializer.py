# A Python value as initializer becomes "<name>/initial_value"; the shape comes from it.
import tensorflow as tf
v = tf.get_variable("v", initializer=[1.0, 2.0])
print(v, [op.name for op in tf.get_default_graph().get_operations()])
