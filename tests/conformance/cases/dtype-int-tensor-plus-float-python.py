# A Python float added to an int32 tensor cannot be converted to int32.
import tensorflow as tf
a = tf.constant(1)
a + 1.5
