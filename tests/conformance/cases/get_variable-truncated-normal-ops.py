# truncated_normal_initializer builds a truncated_normal sub-graph.
import tensorflow as tf
v = tf.get_variable("v", [2], initializer=tf.truncated_normal_initializer(stddev=0.1))
print([op.name for op in tf.get_default_graph().get_operations()])
