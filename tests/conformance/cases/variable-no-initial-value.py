# tf.Variable() without an initial value is a ValueError.
import tensorflow as tf
tf.Variable()
