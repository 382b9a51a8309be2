# A tensor initializer is used as is: no initial_value Const, the variable takes its shape.
import tensorflow as tf
t = tf.constant([[1, 2]], name="t")
v = tf.get_variable("v", initializer=t)
print(v, [op.name for op in tf.get_default_graph().get_operations()])
