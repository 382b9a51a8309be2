# session_test: fetch structures (lists, tuples, dicts, namedtuples, ops give None), feeds of the wrong shape/dtype, feeding a non-placeholder, fetching the same tensor twice.
import collections
import numpy as np
import tensorflow as tf
a = tf.constant(1.0, name="a")
b = tf.constant([1, 2], name="b")
p = tf.placeholder(tf.float32, [2], name="p")
q = a * 2.0
noop = tf.no_op()
Pair = collections.namedtuple("Pair", ["x", "y"])
with tf.Session() as sess:
    print(sess.run([a, (b, a), {"k": q}]))
    print(sess.run(Pair(a, b)))
    print(sess.run(noop), sess.run([noop, a]))
    print(sess.run([a, a, "b:0"]))
    print(sess.run(q, {a: 5.0}))
    for feed in [{p: [1.0, 2.0, 3.0]}, {p: "x"}, {"nope:0": 1.0}]:
        try:
            print(sess.run(p, feed))
        except (ValueError, TypeError, KeyError) as e:
            print(type(e).__name__ + ":", str(e).splitlines()[0])
    try:
        sess.run(p)
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError:", "You must feed a value for placeholder tensor 'p'" in str(e))
    try:
        sess.run(None)
    except TypeError as e:
        print("TypeError:", e)
    try:
        sess.run([a, 3])
    except TypeError as e:
        print("TypeError:", str(e).splitlines()[0])
    print(sess.run(p, {p: np.array([1, 2], dtype=np.int32)}), sess.run(p, feed_dict={"p:0": [3.0, 4.0]}))
