# array_ops_test TileTest/PadTest testPaddingTypes/MirrorPad REFLECT+SYMMETRIC, reverse_v2 negative axes: names, shapes, values.
import tensorflow as tf
import numpy as np
x = tf.constant(np.arange(6).reshape(2, 3))
t = tf.tile(x, [2, 1])
p1 = tf.pad(x, [[1, 0], [0, 2]])
p2 = tf.pad(x, [[1, 1], [2, 2]], mode="REFLECT")
p3 = tf.pad(x, [[1, 1], [1, 1]], mode="symmetric", name="sym")
p4 = tf.pad(x, [[0, 1], [1, 0]], constant_values=9)
r = tf.reverse(x, [-1])
r2 = tf.reverse_v2(x, [0, 1])
for v in [t, p1, p2, p3, p4, r, r2]:
    print(v.name, v.shape)
try:
    tf.pad(x, [[3, 0], [0, 0]], mode="REFLECT")
except ValueError as err:
    print("ValueError:", str(err).splitlines()[0][:100])
try:
    tf.pad(x, [[1, 0], [0, 0]], mode="bogus")
except ValueError as err:
    print("ValueError:", err)
with tf.Session() as sess:
    for v in sess.run([t, p1, p2, p3, p4, r, r2]):
        print(v.tolist())
