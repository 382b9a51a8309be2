# Loop variables as nested tuples, lists, dicts and namedtuples: flattened in nest order, the
# body's structure returned, values per loop variable.
import collections
import tensorflow as tf
Pair = collections.namedtuple("Pair", "j, k")
ijk_0 = (tf.constant(0), Pair(tf.constant(1), tf.constant(2)))
c = lambda i, p: i < 10
b = lambda i, p: (i + 1, Pair((p.j + p.k), (p.j - p.k)))
ijk_final = tf.while_loop(c, b, ijk_0)
print(ijk_final)
d = tf.while_loop(lambda i, s: i < 3, lambda i, s: (i + 1, {"a": s["a"] * 2, "b": [s["b"][0] + 1.0]}),
                  (tf.constant(0), {"b": [tf.constant(0.5)], "a": tf.constant(1)}))
print(d)
single = tf.while_loop(lambda i: i < 5, lambda i: i + 1, (tf.constant(0),))
print(single)
same = tf.while_loop(lambda i: i < 5, lambda i: i + 1, [tf.constant(0)], return_same_structure=True)
print(same)
x = tf.while_loop(lambda i, v: i < 4, lambda i, v: [i + 1, v * 2.0], [0, 1.5], name="doubling")
print(x)
with tf.Session() as sess:
    print(sess.run(ijk_final))
    print(sess.run(d))
    print(sess.run([single, same, x]))
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("doubling")])
