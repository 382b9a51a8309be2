import tensorflow as tf

# Rule: get_variable's default glorot_uniform initializer draws from
# [-limit, limit) with limit = sqrt(6 / (fan_in + fan_out)); a new session
# runs the initializer again; shapes and dtypes are as requested.

w = tf.get_variable("w", [20, 30])
b = tf.get_variable("b", [30], initializer=tf.zeros_initializer())
n = tf.get_variable("n", [500], initializer=tf.random_normal_initializer(stddev=0.01))
limit = (6.0 / 50) ** 0.5
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    wv = sess.run(w)
    print(wv.shape, wv.dtype, bool(abs(wv).max() <= limit), bool(abs(wv).max() > limit / 2))
    print(sess.run(b).sum(), bool(abs(sess.run(n)).max() < 0.1))
