# shape=[] makes a scalar variable; its glorot limit uses fans of 1.
import tensorflow as tf
v = tf.get_variable("v", [], initializer=tf.zeros_initializer())
print(v, v.shape, v.get_shape().ndims)
