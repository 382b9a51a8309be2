# concat with mismatching other dimensions is a ValueError.
import tensorflow as tf
tf.concat([tf.zeros([2, 3]), tf.zeros([3, 3])], 1)
