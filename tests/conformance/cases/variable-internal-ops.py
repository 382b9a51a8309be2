# tf.Variable(value, name="v") builds v/initial_value, v, v/Assign, v/read.
import tensorflow as tf
v = tf.Variable([1.0, 2.0], name="v")
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
