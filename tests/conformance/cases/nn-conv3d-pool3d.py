# tf.nn.conv3d, max_pool3d, avg_pool3d: names, static shapes, values and shape errors.
import tensorflow as tf
x = tf.reshape(tf.cast(tf.range(2 * 4 * 4 * 4 * 2), tf.float32) / 40.0 - 1.0, [2, 4, 4, 4, 2])
w = tf.reshape(tf.tanh(tf.cast(tf.range(2 * 2 * 2 * 2 * 3), tf.float32) * 0.2 - 2.0), [2, 2, 2, 2, 3])
outs = [tf.nn.conv3d(x, w, [1, 1, 1, 1, 1], "SAME"), tf.nn.conv3d(x, w, [1, 2, 2, 2, 1], "VALID", name="c3"),
        tf.nn.max_pool3d(x, [1, 2, 2, 2, 1], [1, 2, 2, 2, 1], "VALID"),
        tf.nn.avg_pool3d(x, [1, 3, 3, 3, 1], [1, 2, 2, 2, 1], "SAME")]
print(outs)
print([op.name for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    for o in sess.run(outs):
        print(o.shape, o[0, 0, 0])
for f in [lambda: tf.nn.conv3d(x, tf.ones([2, 2, 2, 3, 3]), [1, 1, 1, 1, 1], "SAME"),
          lambda: tf.nn.conv3d(x[0], w, [1, 1, 1, 1, 1], "SAME"),
          lambda: tf.nn.max_pool3d(x, [1, 5, 5, 5, 1], [1, 1, 1, 1, 1], "VALID")]:
    try:
        f()
    except ValueError as e:
        print(str(e).split("\n")[0])
