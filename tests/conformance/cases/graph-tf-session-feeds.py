# session_test testFeedShapeCompatibility/testFetchNone/testFetchSingleton/testFetchDict/testFeedPrecisionLoss/testFeedError/testPerStepTrace-free: fetch structures, feed checks and their errors.
import tensorflow as tf
import collections
a = tf.constant([1.0, 2.0], name="a")
b = tf.constant(3, name="b")
p = tf.placeholder(tf.float32, [None, 2], name="p")
q = tf.placeholder(tf.int32, [], name="q")
Pair = collections.namedtuple("Pair", ["x", "y"])
with tf.Session() as sess:
    print(sess.run(a).tolist(), sess.run([a, b])[1], sess.run({"k": b, "l": [a]})["k"], sess.run(Pair(a, b)).y, sess.run((b,)), sess.run(a.op))
    print(sess.run(p, {p: [[1, 2], [3, 4]]}).tolist(), sess.run(q, {q: 5}), sess.run(p + 1.0, feed_dict={"p:0": [[0.0, 0.0]]}).tolist())
    for bad in (lambda: sess.run(None), lambda: sess.run(p, {p: [1.0, 2.0]}), lambda: sess.run(q, {q: [1, 2]}), lambda: sess.run(p), lambda: sess.run(a, {a: [0.0, 0.0, 0.0]}),
                lambda: sess.run("nope:0"), lambda: sess.run(b, {"zz:0": 1}), lambda: sess.run(q, {q: "x"}), lambda: sess.run([a, 5])):
        try:
            print(bad())
        except (TypeError, ValueError, tf.errors.InvalidArgumentError, KeyError) as e:
            print(type(e).__name__ + ":", (e.message if hasattr(e, "message") else str(e)).splitlines()[0][:200])
