# tf.nn.max_pool2d / max_pool_v2 / avg_pool_v2, max_pool1d / avg_pool1d (ExpandDims, pool named as the scope, Squeeze), depthwise_conv2d_native, conv2d_backprop_input: names and values.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 8, 8, 3])
s = tf.placeholder(tf.float32, [None, 8, 3])
print([t.name for t in [tf.nn.max_pool2d(x, 2, 2, "SAME"), tf.nn.max_pool1d(s, 2, 2, "SAME"), tf.nn.avg_pool1d(s, 2, 2, "VALID"),
       tf.nn.max_pool_v2(x, 2, 2, "SAME"), tf.nn.avg_pool_v2(x, 2, 2, "SAME"), tf.nn.depthwise_conv2d_native(x, tf.ones([2, 2, 3, 1]), [1, 1, 1, 1], "SAME"),
       tf.nn.conv2d_backprop_input([2, 8, 8, 3], tf.ones([2, 2, 3, 4]), tf.ones([2, 8, 8, 4]), [1, 1, 1, 1], "SAME")]])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
v = tf.reshape(tf.cast(tf.range(2 * 6 * 2), tf.float32) / 5.0 - 1.0, [2, 6, 2])
with tf.Session() as sess:
    for o in sess.run([tf.nn.max_pool1d(v, 3, 2, "SAME"), tf.nn.avg_pool1d(v, 3, 2, "SAME"),
                       tf.nn.max_pool2d(tf.reshape(v, [2, 3, 2, 2]), 2, 1, "VALID")]):
        print(o)
