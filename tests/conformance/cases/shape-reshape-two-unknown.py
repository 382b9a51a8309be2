# Two -1 entries are not an error in graph mode: both dimensions are just unknown.
import tensorflow as tf
print(tf.reshape(tf.zeros([2, 3]), [-1, -1]).shape)
