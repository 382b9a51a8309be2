# A Variable initialised directly from another Variable also gets the guard ops.
import tensorflow as tf
a = tf.Variable(1.0, name="a")
b = tf.Variable(a, name="b")
print([op.name for op in tf.get_default_graph().get_operations()])
