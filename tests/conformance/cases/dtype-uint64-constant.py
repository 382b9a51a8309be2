# Beyond int64 the value is uint64 ... up to 2**64-1.
import tensorflow as tf
print(tf.constant(2 ** 63).dtype)
