# random_uniform_initializer(-1, 1) builds min/max Consts and sub/mul/add.
import tensorflow as tf
v = tf.get_variable("v", [2], initializer=tf.random_uniform_initializer(-1.0, 1.0))
print([op.name for op in tf.get_default_graph().get_operations()])
