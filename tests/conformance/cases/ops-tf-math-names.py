# math_ops_test: names and shapes of add_n, reductions with keepdims and axes, accumulate_n, scalar_mul, div variants, matmul transposes.
import tensorflow as tf
x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
i = tf.constant([[1, 2], [3, 4]])
r = [tf.add_n([x, x, x]), tf.add_n([x]), tf.reduce_sum(x, keepdims=True), tf.reduce_mean(x, axis=[0, 1]),
     tf.reduce_max(x, 1, keepdims=True), tf.reduce_prod(i), tf.reduce_any(x > 2.0), tf.reduce_logsumexp(x),
     tf.scalar_mul(2.0, x), tf.div(i, 2), tf.truediv(i, 2), tf.floordiv(x, 2.0), tf.realdiv(x, 2.0),
     tf.matmul(x, x, transpose_a=True, name="mm"), tf.math.divide_no_nan(x, x), tf.count_nonzero(x),
     tf.cumsum(x, axis=1, exclusive=True), tf.reduce_euclidean_norm(x) if hasattr(tf, "reduce_euclidean_norm") else tf.norm(x)]
for t in r:
    print(t.name, t.op.type, t.shape, t.dtype.name)
for f in [lambda: tf.add_n([]), lambda: tf.add_n([x, i]), lambda: tf.add_n([x, tf.ones([3])]), lambda: tf.reduce_sum(x, axis=3)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
with tf.Session() as sess:
    print([v.tolist() if hasattr(v, "tolist") else v for v in sess.run(r[:13])])
