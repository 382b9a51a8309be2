# reshape to a different number of elements is a ValueError.
import tensorflow as tf
tf.reshape(tf.zeros([2, 3]), [4, 2])
