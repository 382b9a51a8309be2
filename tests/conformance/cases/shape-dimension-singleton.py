# A Dimension (or an int) where a shape is expected is a one-dimensional shape (TensorShape treats
# a value it cannot iterate as a single dimension), and a list holding Dimensions converts to an
# int32 shape tensor once the op's default type is tried (Reshape's Tshape, Tile's Tmultiples).
import tensorflow as tf
import numpy as np

x = tf.placeholder(tf.float32, [None, 5], name="x")
alpha = tf.get_variable("alpha", x.get_shape()[-1], initializer=tf.constant_initializer(0.0))
beta = tf.get_variable("beta", 3)
gamma = tf.get_variable("gamma", np.int64(2))
print(alpha.shape, beta.shape, gamma.shape)
print(tf.TensorShape(x.shape[1]), tf.TensorShape(4), tf.TensorShape(np.int32(2)).as_list())
broadcast_shape = [1] * 2
broadcast_shape[-1] = list(x.get_shape())[-1]
mean = tf.reduce_mean(x, axis=[0])
r = tf.reshape(mean, broadcast_shape)
t = tf.tile(r, [x.shape[1], 1])
print(r.name, r.shape, t.name, t.shape)
try:
    tf.constant([1, x.shape[1]])
except TypeError as e:
    print("TypeError", str(e)[:60])
c = tf.constant([1, x.shape[1]], dtype=tf.int64)
print(c.dtype, c.shape)
with tf.Session() as sess:
    print(sess.run(t, {x: np.ones((2, 5))}).shape)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
