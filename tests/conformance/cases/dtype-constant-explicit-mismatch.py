# tf.constant(1.5, dtype=tf.int32) is a TypeError.
import tensorflow as tf
tf.constant(1.5, dtype=tf.int32)
