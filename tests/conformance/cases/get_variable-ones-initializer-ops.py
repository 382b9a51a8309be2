# ones_initializer builds "Initializer/ones".
import tensorflow as tf
v = tf.get_variable("v", [2], initializer=tf.ones_initializer())
print([op.name for op in tf.get_default_graph().get_operations()])
