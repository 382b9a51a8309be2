# tf.cast to the dtype the tensor already has returns the tensor itself: no Cast op.
import tensorflow as tf
x = tf.constant(1.0, name="x")
print(tf.cast(x, tf.float32).name, len(tf.get_default_graph().get_operations()))
