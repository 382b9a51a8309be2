# An int beyond uint64 cannot be converted.
import tensorflow as tf
tf.constant(2 ** 64)
