# Values of conv2d (SAME, VALID, strided, dilated), max/avg pool (SAME counts only real elements), conv1d; conv2d_transpose rounded to 1e-3 (TF's oneDNN sums in its own order).
import tensorflow as tf
x = tf.reshape(tf.cast(tf.range(2 * 5 * 4 * 3), tf.float32) / 50.0 - 1.0, [2, 5, 4, 3])
w = tf.reshape(tf.tanh(tf.cast(tf.range(3 * 3 * 3 * 2), tf.float32) * 0.37 - 3.0), [3, 3, 3, 2])
outs = [tf.nn.conv2d(x, w, 1, 'SAME'), tf.nn.conv2d(x, w, [2, 3], 'VALID'),
        tf.nn.conv2d(x, w, 2, 'SAME', dilations=2),
        tf.nn.max_pool(x, 3, 2, 'SAME'), tf.nn.avg_pool(x, 3, 2, 'SAME'), tf.nn.avg_pool(x, 2, 2, 'VALID'),
        tf.round(tf.nn.conv2d_transpose(tf.nn.conv2d(x, w, 2, "SAME"), w, [2, 5, 4, 3], 2, "SAME") * 1000.0),
        tf.round(tf.nn.conv2d_transpose(tf.nn.conv2d(x, w, 2, "VALID"), w, [2, 5, 4, 3], 2, "VALID") * 1000.0),
        tf.nn.conv1d(x[:, 0], w[0], 2, 'SAME'),
        tf.nn.dropout(x, rate=0.0)]
with tf.Session() as sess:
    for v in sess.run(outs):
        print(v)
