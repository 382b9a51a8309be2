# matmul's static shape: (2, 3) @ (3, 4) is (2, 4); transpose_a swaps.
import tensorflow as tf
a = tf.zeros([2, 3])
b = tf.zeros([3, 4])
print(tf.matmul(a, b).shape, tf.matmul(a, tf.zeros([2, 5]), transpose_a=True).shape)
