# tf.math.* exports the same functions as tf.*: same ops, same names.
import tensorflow as tf
x = tf.constant([[1., -2.], [3., 4.]], name="x")
ts = [tf.math.argmax(x, 1), tf.math.reduce_prod(x), tf.math.add_n([x, x]), tf.math.logical_not(x > 0),
      tf.math.ceil(x), tf.math.equal(x, 1.), tf.math.not_equal(x, x), tf.math.reduce_max(x),
      tf.math.reduce_min(x, 0)]
for t in ts:
    print(t)
with tf.Session() as sess:
    print(sess.run(ts))
tf.math.argmin(x, 5)
