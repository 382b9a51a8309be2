import tensorflow as tf

# Rule: `/` (and tf.divide / tf.truediv) on int32 tensors casts both sides to
# float64 first, so results print with float64 digits; int16 goes to float32.

a = tf.constant([1, 2, 7])
with tf.Session() as sess:
    t = a / 3
    print(t.dtype.name, sess.run(t))
    print(sess.run(tf.divide(7, a)))
    print(sess.run(tf.truediv(a, a)))
    s = tf.constant([1, 2], dtype=tf.int16) / tf.constant([3, 3], dtype=tf.int16)
    print(s.dtype.name, sess.run(s))
