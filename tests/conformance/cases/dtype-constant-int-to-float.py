# An int value with dtype=float32 is converted.
import tensorflow as tf
c = tf.constant([1, 2], dtype=tf.float32)
print(c)
