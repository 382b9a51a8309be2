# reshape with -1 infers the dimension.
import tensorflow as tf
print(tf.reshape(tf.zeros([2, 6]), [-1, 3]).shape, tf.reshape(tf.zeros([4]), [2, 2]).shape)
