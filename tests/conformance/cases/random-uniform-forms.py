# tf.random_uniform: [0, 1) is RandomUniform alone; another maxval adds a Mul (`random_uniform`),
# another minval the `sub`, `mul` and the AddV2 named by the scope; an int dtype is one
# RandomUniformInt named by the scope with min/max Consts; errors: int without maxval, bad dtype.
import tensorflow as tf
ts = [tf.random_uniform([2, 3]), tf.random_uniform([2], maxval=5.0), tf.random_uniform([2], -1, 1),
      tf.random.uniform([3], minval=2, maxval=9, dtype=tf.int32, name="ints"),
      tf.random_uniform([2], 0.0, 1.0, dtype=tf.float64), tf.random_uniform((4,), maxval=tf.constant(2.0))]
for t in ts:
    print(t.name, t.shape, t.dtype)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    a, b, c, d, e, f = sess.run(ts)
    print(a.shape, d.dtype, e.dtype)
    print(sess.run([tf.reduce_all((ts[0] >= 0) & (ts[0] < 1)), tf.reduce_all((ts[2] >= -1) & (ts[2] < 1)),
                    tf.reduce_all((ts[3] >= 2) & (ts[3] < 9))]))
for f in [lambda: tf.random_uniform([2], dtype=tf.int32), lambda: tf.random_uniform([2], dtype=tf.int16),
          lambda: tf.random_uniform([2], maxval=[1.0, 2.0], dtype=tf.int64),
          lambda: tf.random_uniform([[2]])]:
    try:
        f()
    except (TypeError, ValueError) as error:
        print(error)
