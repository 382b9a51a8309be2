import tensorflow as tf

# Rule: casting float to int truncates toward zero; anything non-zero casts to
# True; bool to float gives 1.0 / 0.0; casting to the same dtype returns the
# input tensor unchanged (no Cast op).

f = tf.constant([-1.7, -0.5, 0.5, 1.7, 2.5])
with tf.Session() as sess:
    print(sess.run(tf.cast(f, tf.int32)))
    print(sess.run(tf.cast(f, tf.bool)))
    print(sess.run(tf.cast([True, False], tf.float32)))
    print(sess.run(tf.cast([0, 3], tf.bool)))
    print(sess.run(tf.to_float(tf.constant(7)) / 2))
    i = tf.constant(5)
    print(tf.cast(i, tf.int32) is i)
