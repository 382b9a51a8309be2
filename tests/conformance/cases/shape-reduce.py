# Reductions drop the reduced axes unless keepdims.
import tensorflow as tf
x = tf.zeros([2, 3])
print(tf.reduce_sum(x).shape, tf.reduce_mean(x, 0).shape, tf.reduce_sum(x, 1, keepdims=True).shape)
