# An int variable without initializer gets zeros: one Const "Initializer/zeros".
import tensorflow as tf
v = tf.get_variable("n", [2], dtype=tf.int32)
print([op.name for op in tf.get_default_graph().get_operations()])
