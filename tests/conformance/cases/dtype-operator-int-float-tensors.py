# The + operator on int32 and float32 tensors fails with the same AddV2 message.
import tensorflow as tf
a = tf.constant(1)
b = tf.constant(1.0)
a + b
