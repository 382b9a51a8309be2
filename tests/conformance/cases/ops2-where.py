# tf.where(c, x, y) (v1) is a Select; tf.where(c) is a Where op giving int64 coordinates.
import tensorflow as tf
x = tf.constant([[1., -2., 3.], [4., 5., -6.]], name="x")
c = tf.constant([[True, False, True], [False, True, False]], name="c")
ts = [tf.where(c, x, -x), tf.where(tf.constant([True, False]), x, tf.zeros_like(x)), tf.where(c),
      tf.where(x > 0, x, tf.zeros([2, 3]), name="pos"), tf.where([[1., 0.], [0., 2.]])]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
for f in [lambda: tf.where(x > 0, x), lambda: tf.where(x, x, x)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(e)
b = tf.placeholder(tf.bool, name="b")
with tf.Session() as sess:
    sess.run(tf.where(b, x, x), {b: [True, False, True]})
