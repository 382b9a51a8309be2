# Dtype and attr errors of the conv/pool family with TF's messages (OpDef allowed types, attr checks).
import tensorflow as tf
xi = tf.placeholder(tf.int32, [None, 4, 4, 3])
x = tf.placeholder(tf.float32, [None, 4, 4, 3])
for f in [lambda: tf.nn.conv2d(xi, tf.ones([2, 2, 3, 2], tf.int32), 1, "SAME"),
          lambda: tf.nn.conv2d(x, tf.ones([2, 2, 3, 2], tf.float64), 1, "SAME"),
          lambda: tf.nn.max_pool(tf.cast(x, tf.bool), 2, 2, "SAME"),
          lambda: tf.nn.avg_pool(xi, 2, 2, "SAME"),
          lambda: tf.nn.avg_pool(x, 2, 2, "same"),
          lambda: tf.nn.conv2d(x, tf.ones([2, 2, 3, 2]), 1, "VALID", data_format="NWHC"),
          lambda: tf.nn.conv2d_transpose(x, tf.ones([2, 2, 5, 3]), [2, 8, 8], 2),
          lambda: tf.nn.max_pool(x, [1, 2, 2], 2, "SAME"),
          lambda: tf.nn.dropout(x, rate=tf.constant(0.5, tf.float64)),
          lambda: tf.nn.dropout(x, rate=tf.constant([0.5, 0.5])),
          lambda: tf.nn.depthwise_conv2d(xi, tf.ones([2, 2, 3, 1], tf.int32), [1, 1, 1, 1], "SAME"),
          lambda: tf.nn.fused_batch_norm(xi, [1., 1., 1.], [0., 0., 0.]),
          lambda: tf.layers.dense(tf.placeholder(tf.float32, [None, 3]), 0),
          lambda: tf.layers.max_pooling2d(tf.placeholder(tf.float32, [None, 3]), 2, 2)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(isinstance(e, ValueError), str(e).split("\n")[0])
print([op.name for op in tf.get_default_graph().get_operations()])
for f in [lambda: tf.nn.avg_pool(x, [1, 2, 2, 1], [1, 0, 0, 1], "SAME"),
          lambda: tf.nn.conv2d(x, tf.ones([2, 2, 3, 2]), [1, 0, 1, 1], "VALID"),
          lambda: tf.nn.max_pool(x, [1, 0, 2, 1], 1, "VALID"),
          lambda: tf.nn.conv2d(x, tf.ones([2, 2, 3, 2]), 1, "VALID", dilations=[1, 0, 1, 1])]:
    try:
        f()
    except ValueError as e:
        print(str(e).split("\n")[0])
