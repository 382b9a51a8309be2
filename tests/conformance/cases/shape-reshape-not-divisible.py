# reshape with -1 to a size that does not divide: "Dimension size must be evenly divisible".
import tensorflow as tf
tf.reshape(tf.zeros([2, 3]), [4, -1])
