# tf.reduce_all / reduce_any are All / Any ops over the same axes as tf.reduce_sum (a `Const` of
# every axis for a known rank); tf.reduce_logsumexp is `ReduceLogSumExp/` with Max, IsFinite,
# SelectV2, StopGradient, Sub, Exp, Sum, Log, then Shape/Reshape of the max and the AddV2 named by it.
import tensorflow as tf
b = tf.constant([[True, False], [True, True]], name="b")
x = tf.constant([[1., 2., 3.], [4., 5., -6.]], name="x")
p = tf.placeholder(tf.bool, name="p")
ts = [tf.reduce_all(b), tf.reduce_any(b, 1), tf.reduce_all(b, axis=0, keepdims=True, name="all0"),
      tf.math.reduce_any(b, reduction_indices=[0, 1]), tf.reduce_all(p), tf.reduce_any(p, keep_dims=True),
      tf.reduce_logsumexp(x), tf.reduce_logsumexp(x, 1), tf.math.reduce_logsumexp(x, axis=0, keepdims=True),
      tf.reduce_logsumexp([-float("inf"), -float("inf")]), tf.reduce_all([True, False])]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run([ts[0], ts[1], ts[2], ts[3], ts[6], ts[7], ts[8], ts[9], ts[10]]))
    print(sess.run(ts[4], {p: [[True], [False]]}))
for f in [lambda: tf.reduce_all(x), lambda: tf.reduce_any(b, 2), lambda: tf.reduce_logsumexp(b)]:
    try:
        f()
    except (TypeError, ValueError) as error:
        print(error)
