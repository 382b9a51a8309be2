# tf.size / tf.rank of a known shape are Consts named Size / Rank; unknown shapes need the ops.
import tensorflow as tf
x = tf.constant([[1., 2., 3.], [4., 5., 6.]], name="x")
p = tf.placeholder(tf.float32, [None, 3], name="p")
q = tf.placeholder(tf.float32, name="q")
ts = [tf.size(x), tf.rank(x), tf.size(p), tf.rank(p), tf.rank(q), tf.size(q, out_type=tf.int64),
      tf.size(tf.placeholder(tf.float32, [None, 0])), tf.size([1, 2, 3]), tf.rank(5)]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run([ts[0], ts[1], ts[7], ts[8]]))
    print(sess.run(ts[2:6], {p: [[1., 2., 3.]], q: [[[1.]]]}))
tf.size(x, out_type=tf.float32)
