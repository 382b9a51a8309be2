# tf.random_shuffle is one RandomShuffle op with its input's shape; tf.truncated_normal has
# shape/mean/stddev Consts in `truncated_normal`, its values within two stddevs of the mean.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4], name="x")
ts = [tf.random_shuffle(x), tf.random.shuffle([[1, 2], [3, 4], [5, 6]], name="s"),
      tf.truncated_normal([100], mean=3.0, stddev=0.5), tf.random.truncated_normal([2, 2], dtype=tf.float64)]
for t in ts:
    print(t.name, t.shape, t.dtype)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    a, b, c = sess.run(ts[1:])
    print(sorted(a.tolist()), b.dtype, c.dtype)
    print(sess.run(tf.reduce_all((ts[2] > 2.0) & (ts[2] < 4.0))))
tf.truncated_normal([2], dtype=tf.int32)
