# initialized_value() builds a cond around the variable's read.
import tensorflow as tf
a = tf.Variable(1.0, name="a")
b = tf.Variable(a.initialized_value() + 1.0, name="b")
print([op.name for op in tf.get_default_graph().get_operations()])
