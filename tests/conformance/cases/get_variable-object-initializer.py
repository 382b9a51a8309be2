# An initializer object builds its value under "<name>/Initializer/".
import tensorflow as tf
v = tf.get_variable("v", [3], initializer=tf.zeros_initializer())
print([op.name for op in tf.get_default_graph().get_operations()])
