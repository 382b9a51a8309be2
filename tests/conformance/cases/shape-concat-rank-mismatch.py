# concat of tensors of different rank is a ValueError.
import tensorflow as tf
tf.concat([tf.zeros([2, 3]), tf.zeros([3])], 0)
