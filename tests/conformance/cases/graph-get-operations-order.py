# get_operations lists ops in creation order.
import tensorflow as tf
a = tf.constant(1.0, name="a")
b = tf.square(a)
c = tf.identity(b, name="out")
print([op.name for op in tf.get_default_graph().get_operations()])
