# A float variable without initializer gets glorot_uniform: random_uniform ops under Initializer/.
import tensorflow as tf
v = tf.get_variable("w", [2, 3])
print([op.name for op in tf.get_default_graph().get_operations()])
