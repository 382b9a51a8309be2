# tf.divide converts a Python x to y's dtype when y is a TF type (tensor_util.is_tf_type), and a
# variable is one; tf.truediv does not (x stays float32 and the dtypes differ).
import tensorflow as tf
v = tf.Variable(1.0, dtype=tf.float64)
print(tf.divide(5.5, v), tf.divide(2, v), tf.divide([1.0, 2.0], v))
try:
    tf.truediv(1.5, v)
except TypeError as e:
    print(e)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
