# An unknown dimension broadcasts to the known one.
import tensorflow as tf
p = tf.placeholder(tf.float32, [None, 3])
print((p + tf.zeros([3])).shape, (p * 2.0).shape)
