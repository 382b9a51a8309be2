# TF1's Dimension arithmetic (what build() code does with input_shape[-1]): +, -, *, // with ints and Dimensions, unknown (?) when either side is.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 6])
d, u = x.shape[-1], x.shape[0]
print(d + 2, 2 + d, d - 1, 10 - d, d * 3, 3 * d, d // 4, 13 // d, d + d)
print(u + 1, 1 + u, u * d, d // u)
v = tf.get_variable("v", [d * 2, d + 1])
print(v)
