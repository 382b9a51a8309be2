# A Python int too big for int32 becomes an int64 constant.
import tensorflow as tf
print(tf.constant(2 ** 40).dtype, tf.constant([1, 2 ** 40]).dtype)
