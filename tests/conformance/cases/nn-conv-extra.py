# tf.nn.depthwise_conv2d, separable_conv2d, atrous_conv2d (rate 1), max_pool_with_argmax, bias_add NCHW, conv3d_transpose: graph, values and errors.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 8, 8, 3])
dw = tf.ones([3, 3, 3, 2])
pw = tf.ones([1, 1, 6, 4])
a = tf.nn.depthwise_conv2d(x, dw, [1, 1, 1, 1], 'SAME')
b = tf.nn.separable_conv2d(x, dw, pw, [1, 1, 1, 1], 'VALID')
c2 = tf.nn.atrous_conv2d(x, tf.ones([3, 3, 3, 4]), 1, 'VALID')
m, idx = tf.nn.max_pool_with_argmax(x, [1, 2, 2, 1], [1, 2, 2, 1], 'SAME')
n = tf.nn.bias_add(tf.placeholder(tf.float32, [None, 3, 5, 5]), [1., 2., 3.], data_format="NCHW")
e = tf.nn.conv3d_transpose(tf.placeholder(tf.float32, [2, 4, 4, 4, 3]), tf.ones([2, 2, 2, 5, 3]), [2, 8, 8, 8, 5], [1, 2, 2, 2, 1])
print(a, b, c2, m, idx, n, e)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
v = tf.reshape(tf.cast(tf.range(2 * 4 * 4 * 2), tf.float32) / 9.0 - 1.5, [2, 4, 4, 2])
v = v * v - 0.7 * v
k = tf.reshape(tf.tanh(tf.cast(tf.range(2 * 2 * 2 * 3), tf.float32) * 0.3 - 2.0), [2, 2, 2, 3])
p = tf.reshape(tf.cast(tf.range(6 * 2), tf.float32) / 5.0, [1, 1, 6, 2])
outs = [tf.nn.depthwise_conv2d(v, k, [1, 1, 1, 1], 'SAME'), tf.nn.depthwise_conv2d(v, k, [1, 2, 2, 1], 'VALID'),
        tf.nn.separable_conv2d(v, k, p, [1, 1, 1, 1], 'SAME'), tf.nn.atrous_conv2d(v, k[:, :, :, :2], 1, 'SAME'),
        tf.nn.max_pool_with_argmax(v, [1, 2, 2, 1], [1, 2, 2, 1], 'SAME'),
        tf.nn.max_pool_with_argmax(v, [1, 3, 3, 1], [1, 2, 2, 1], 'SAME', include_batch_in_index=True),
        tf.nn.bias_add(tf.transpose(v, [0, 3, 1, 2]), [10., 20.], data_format="NCHW"),
        tf.round(tf.nn.conv3d_transpose(tf.reshape(v, [2, 2, 2, 4, 2]), tf.ones([2, 2, 2, 3, 2]), [2, 4, 4, 8, 3], [1, 2, 2, 2, 1]) * 1000.0)]
with tf.Session() as sess:
    for o in sess.run(outs[:4] + [outs[4][0], outs[4][1], outs[5][0], outs[5][1]] + outs[6:]):
        print(o)
for f in [lambda: tf.nn.depthwise_conv2d(x, tf.ones([3, 3, 2, 2]), [1, 1, 1, 1], 'SAME'),
          lambda: tf.nn.separable_conv2d(x, dw, tf.ones([2, 1, 6, 4]), [1, 1, 1, 1], 'VALID'),
          lambda: tf.nn.max_pool_with_argmax(x, [1, 2, 2, 1], [1, 2, 2, 1], 'SAME', data_format="NCHW"),
          lambda: tf.nn.bias_add(tf.placeholder(tf.float32, [None, 3, 5, 5]), [1., 2.], data_format="NCHW")]:
    try:
        f()
    except ValueError as e:
        print(str(e).split("\n")[0])
