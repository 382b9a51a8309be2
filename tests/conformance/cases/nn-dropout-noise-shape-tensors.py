import tensorflow as tf

# Rule: nn_ops._get_noise_shape keeps a noise_shape it cannot read as a TensorShape (a list holding
# tensors, R-Net's [shape[0], 1, shape[-1]]) as given; random_uniform then packs it.

x = tf.placeholder(tf.float32, [None, 4, 3])
shape = tf.shape(x)
y = tf.nn.dropout(x, 0.7, noise_shape=[shape[0], 1, shape[-1]])
z = tf.nn.dropout(x, rate=0.5, noise_shape=[2, None, 3])
print(y.shape, z.shape)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    print(sess.run(tf.shape(y), {x: [[[1.0] * 3] * 4] * 2}))
