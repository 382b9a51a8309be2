# tf.layers 3-D layers with channels_first (Conv3D NCDHW with a NCHW BiasAdd, Pooling3D
# transposed around an NDHWC pool) and tf.layers.conv3d_transpose (its output shape built from
# tf.shape: strided slices, mul/add per spatial axis, stack), both layouts; a training step.
import numpy as np
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 2, 4, 6, 6], name="x")
c = tf.layers.conv3d(x, 3, (3, 3, 3), strides=(1, 2, 1), padding="same", data_format="channels_first",
                     activation=tf.nn.relu, name="c")
p = tf.layers.max_pooling3d(c, 2, 2, data_format="channels_first")
a = tf.layers.average_pooling3d(c, (1, 3, 3), 1, padding="same", data_format="channels_first", name="avg")
t = tf.layers.conv3d_transpose(p, 2, 3, strides=2, padding="same", data_format="channels_first", name="up")
v = tf.layers.conv3d_transpose(tf.transpose(p, [0, 2, 3, 4, 1]), 4, (2, 3, 3), strides=(1, 2, 2),
                               use_bias=False, name="up_valid")
layer = tf.layers.Conv3DTranspose(1, 1, strides=(2, 1, 1), data_format="channels_first")
w = layer(t)
print(c.shape, p.shape, a.shape, t.shape, v.shape, w.shape, layer.kernel.shape)
loss = tf.reduce_mean(tf.square(w)) + tf.reduce_mean(v) + tf.reduce_mean(a)
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    feed = {x: np.linspace(-1.0, 1.0, 2 * 2 * 4 * 6 * 6).reshape(2, 2, 4, 6, 6)}
    outs = sess.run([c, p, a, t, v, w], feed)
    print([o.shape for o in outs])
    sess.run(train, feed)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for var in tf.global_variables():
    print(var.name, var.shape)
