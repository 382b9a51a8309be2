# dtype objects: name, base_dtype, the ref dtype of a variable.
import tensorflow as tf
v = tf.Variable(1.0)
print(tf.float32.name, tf.int64.name, v.dtype, v.dtype.base_dtype, v.dtype.name)
print(repr(tf.float32), tf.as_dtype("int32"))
