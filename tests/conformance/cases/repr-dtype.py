# DType str and repr.
import tensorflow as tf
print(tf.float32, repr(tf.int32), tf.bool, repr(tf.float64.base_dtype))
