# ConcatV2's shape fn: the first known rank decides (0: "Can't concatenate scalars"), every known
# rank must equal it (before the axis is looked at), then the parts around the axis are merged from
# the last input back to the first; unknown ranks leave those dims unknown.
import tensorflow as tf
c = tf.constant(1.0); d = tf.constant([1.0, 2.0]); m = tf.constant([[1.0, 2.0]])
p = tf.placeholder(tf.float32, None); q = tf.placeholder(tf.float32, [None, 2]); i = tf.placeholder(tf.int32, [])
for vals, ax in [([c, c], 0), ([c, c], 1), ([c, c], -1), ([c, d], 0), ([d, c], 0), ([c, p], 0), ([p, c], 0),
                 ([p, p], 0), ([c, c], i), ([d, d], 1), ([m, c], 0), ([c, m], 0), ([d, d], -2), ([c, c, c], 0),
                 ([p, d], 0), ([d, p], 0), ([p, m], 1), ([m, p, q], 0), ([m, q], 1), ([m, d], 3), ([d, m], 3),
                 ([p, p], i), ([m, m], i), ([m, q], i), ([d, m], i), ([m, m, d], 0), ([p, m, d], 1)]:
    try:
        print(tf.concat(vals, ax))
    except ValueError as e:
        print(str(e).splitlines()[0])
x = tf.zeros([2, 3]); y = tf.zeros([2, 4]); z = tf.zeros([5, 3]); u = tf.placeholder(tf.float32, [None, 3])
for vals, ax in [([x, x, y], 0), ([y, x, x], 0), ([x, y, z], 1), ([x, z, y], 0), ([u, x, z], 0), ([x, u, z], 1), ([u, u], 0), ([x, u], 1), ([u, y], 0)]:
    try:
        print(tf.concat(vals, ax))
    except ValueError as e:
        print(str(e).splitlines()[0])
