# matmul with inner dimensions that differ is a ValueError from the shape function.
import tensorflow as tf
tf.matmul(tf.zeros([2, 3]), tf.zeros([2, 3]))
