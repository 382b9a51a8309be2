# tf.layers conv1d/conv3d/separable_conv2d and 1-D/3-D pooling: graph (conv1d's ExpandDims/Conv2D/Squeeze under Conv1D, Squeeze after 1-D pools), variables and values.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 10, 3])
a = tf.layers.conv1d(x, 4, 3, padding="same", activation=tf.nn.relu)
b = tf.layers.max_pooling1d(a, 2, 2)
c = tf.layers.average_pooling1d(a, 2, 2, padding="same")
v = tf.placeholder(tf.float32, [None, 6, 6, 6, 2])
d = tf.layers.conv3d(v, 3, 2, strides=2)
e = tf.layers.max_pooling3d(v, 2, 2)
f = tf.layers.average_pooling3d(v, 3, 1, padding="same")
g = tf.layers.separable_conv2d(tf.placeholder(tf.float32, [None, 8, 8, 3]), 5, 3, depth_multiplier=2)
print(a, b, c, d, e, f, g)
for op in tf.get_default_graph().get_operations():
    if "Initializer" not in op.name and "Assign" not in op.name and not op.name.endswith("/read"):
        print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
for v_ in tf.global_variables():
    print(v_.name, v_.shape)
x = tf.reshape(tf.cast(tf.range(2 * 6 * 3), tf.float32) / 8.0 - 1.0, [2, 6, 3])
v = tf.reshape(tf.cast(tf.range(2 * 4 * 4 * 4 * 2), tf.float32) / 50.0 - 1.0, [2, 4, 4, 4, 2])
i = tf.reshape(tf.cast(tf.range(2 * 4 * 4 * 3), tf.float32) / 20.0 - 1.0, [2, 4, 4, 3])
outs = [tf.layers.conv1d(x, 2, 3, padding="same", kernel_initializer=tf.constant_initializer(0.2)),
        tf.layers.max_pooling1d(x, 2, 2), tf.layers.average_pooling1d(x, 3, 2, padding="same"),
        tf.layers.conv3d(v, 2, 2, kernel_initializer=tf.constant_initializer(0.1)),
        tf.layers.max_pooling3d(v, 2, 2), tf.layers.average_pooling3d(v, 3, 2, padding="same"),
        tf.layers.separable_conv2d(i, 2, 2, depth_multiplier=2, depthwise_initializer=tf.constant_initializer(0.5),
                                   pointwise_initializer=tf.constant_initializer(0.25)),
        tf.nn.conv1d(x, tf.ones([2, 3, 2]), 1, "VALID")]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for o in sess.run(outs):
        print(o)
