# Broadcasting: [2, 1] + [3] has static shape (2, 3).
import tensorflow as tf
a = tf.zeros([2, 1])
b = tf.zeros([3])
print((a + b).shape, tf.add(a, b).get_shape())
