# check_ops_test: assert_* op names, static failures raised at build time with TF's messages, assert_rank/assert_type errors, with_dependencies.
import tensorflow as tf
x = tf.constant([1, 2, 3], name="x")
y = tf.constant([1, 2, 3], name="y")
p = tf.placeholder(tf.int32, [None])
a1 = tf.assert_equal(x, y)
a2 = tf.assert_less(p, 5, message="too big")
a3 = tf.assert_positive(p, name="pos")
a4 = tf.assert_rank(p, 1)
a5 = tf.assert_non_negative(p)
print([a if a is None else a.name for a in (a1, a2, a3, a4, a5)])
for f in [lambda: tf.assert_equal(x, tf.constant([1, 2, 4])),
          lambda: tf.assert_less(x, 2),
          lambda: tf.assert_rank(x, 2),
          lambda: tf.assert_rank(x, 2, message="want matrix"),
          lambda: tf.assert_type(x, tf.float32),
          lambda: tf.assert_positive(tf.constant([-1.0, 2.0])),
          lambda: tf.assert_rank_at_least(x, 3),
          lambda: tf.assert_integer(tf.constant(1.0))]:
    try:
        r = f()
        print("ok", r)
    except (ValueError, TypeError, tf.errors.InvalidArgumentError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
with tf.control_dependencies([a2]):
    z = tf.identity(p)
with tf.Session() as sess:
    print(sess.run(z, {p: [1, 2]}))
    try:
        sess.run(z, {p: [9]})
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError:", str(e).splitlines()[0][:60])
print([op.name for op in tf.get_default_graph().get_operations()][:20])
