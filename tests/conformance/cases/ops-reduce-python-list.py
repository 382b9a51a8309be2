# reduce_sum of a Python list converts it inside the op's scope as "Sum/input".
import tensorflow as tf
s = tf.reduce_sum([1.0, 2.0], axis=0)
print(s, [op.name for op in tf.get_default_graph().get_operations()])
