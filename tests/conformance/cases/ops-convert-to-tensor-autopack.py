# convert_to_tensor of a list holding a tensor packs it under "packed"; nested lists open scopes.
import tensorflow as tf
x = tf.constant([1.0], name="x")
c = tf.convert_to_tensor([x, [2.0]])
print(c, [op.name for op in tf.get_default_graph().get_operations()])
