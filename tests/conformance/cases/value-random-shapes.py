import tensorflow as tf

# Rule: random ops give values of the requested shape and dtype within their
# range: random_uniform in [minval, maxval), truncated_normal within two
# standard deviations of the mean, random_uniform ints in [minval, maxval).

with tf.Session() as sess:
    u = sess.run(tf.random_uniform([3, 4], minval=-1.0, maxval=1.0))
    print(u.shape, u.dtype, bool(u.min() >= -1 and u.max() < 1))
    n = sess.run(tf.truncated_normal([1000], mean=5.0, stddev=0.5))
    print(n.shape, n.dtype, bool(n.min() > 4.0 and n.max() < 6.0))
    r = sess.run(tf.random_normal([2, 2], dtype=tf.float64))
    print(r.shape, r.dtype)
    k = sess.run(tf.random_uniform([50], minval=3, maxval=6, dtype=tf.int32))
    print(k.dtype, sorted(set(k.tolist())) == [3, 4, 5])
