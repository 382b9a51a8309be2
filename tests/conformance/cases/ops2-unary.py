# sign / reciprocal / rsqrt / floor / ceil / log1p: one op each; floor, ceil, rsqrt and log1p
# accept only floating types.
import tensorflow as tf
x = tf.constant([-2.5, 0., 0.5, 4., -0.25], name="x")
pos = tf.constant([4., 0.25, 16., 2., 0.], name="pos")
ts = [tf.sign(x), tf.reciprocal(x), tf.rsqrt(pos), tf.floor(x), tf.ceil(x), tf.log1p(pos),
      tf.sign(tf.constant([-3, 0, 7])), tf.math.floor(x, name="f"), tf.math.log1p([0.5, 1e-8, -0.5]),
      tf.math.rsqrt(2.0), tf.math.reciprocal(8.0), tf.math.sign(-0.0)]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
for f in [lambda: tf.floor(tf.constant(1)), lambda: tf.rsqrt(tf.constant(1)), lambda: tf.ceil([1, 2])]:
    try:
        f()
    except TypeError as e:
        print(e)
tf.log1p(3)
