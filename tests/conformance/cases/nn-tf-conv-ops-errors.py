# conv_ops_test / nn_ops_test testConv2DEmptyDilation-free/testInvalidPadding/testShapeFunctionEdgeCases/testOpEdgeCases: conv2d/max_pool/avg_pool shape functions, names, and their errors.
import tensorflow as tf
x = tf.ones([1, 5, 5, 2])
w = tf.ones([3, 3, 2, 4])
outs = [tf.nn.conv2d(x, w, [1, 1, 1, 1], "VALID"), tf.nn.conv2d(x, w, [1, 2, 2, 1], "SAME"), tf.nn.conv2d(x, w, [1, 1, 1, 1], [[0, 0], [1, 1], [1, 1], [0, 0]]),
        tf.nn.max_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID"), tf.nn.avg_pool(x, [1, 3, 3, 1], [1, 1, 1, 1], "SAME"), tf.nn.depthwise_conv2d(x, tf.ones([3, 3, 2, 2]), [1, 1, 1, 1], "VALID"),
        tf.nn.conv2d_transpose(x, tf.ones([3, 3, 4, 2]), [1, 10, 10, 4], [1, 2, 2, 1], "SAME"), tf.nn.atrous_conv2d(x, w, 2, "SAME"), tf.nn.conv1d(tf.ones([1, 5, 2]), tf.ones([3, 2, 4]), 1, "VALID")]
for t in outs:
    print(t.name, t.get_shape())
for bad in (lambda: tf.nn.conv2d(x, tf.ones([3, 3, 3, 4]), [1, 1, 1, 1], "VALID"), lambda: tf.nn.conv2d(x, w, [1, 1, 1, 1], "BOGUS"), lambda: tf.nn.conv2d(x, w, [1, 1, 1], "VALID"),
            lambda: tf.nn.conv2d(tf.ones([1, 2, 2, 2]), w, [1, 1, 1, 1], "VALID"), lambda: tf.nn.max_pool(x, [1, 2, 2], [1, 1, 1, 1], "VALID"), lambda: tf.nn.conv2d(x, w, [2, 1, 1, 1], "VALID"),
            lambda: tf.nn.conv2d(tf.ones([5, 5, 2]), w, [1, 1, 1, 1], "VALID")):
    try:
        bad()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:220])
