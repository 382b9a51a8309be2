# glorot_normal_initializer is a truncated normal under Initializer/.
import tensorflow as tf
v = tf.get_variable("v", [2, 2], initializer=tf.glorot_normal_initializer())
print([op.name for op in tf.get_default_graph().get_operations()])
