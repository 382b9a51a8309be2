# reduce_sum / reduce_mean are "Sum" / "Mean"; without axis a Const of axes comes first.
import tensorflow as tf
x = tf.constant([[1.0, 2.0]], name="x")
a = tf.reduce_sum(x)
b = tf.reduce_mean(x, axis=1)
print(a.name, b.name)
print([op.name for op in tf.get_default_graph().get_operations()])
