import tensorflow as tf

# Rule: // and % follow Python's floor semantics (the sign of % follows the
# divisor) for ints and floats alike.

a = tf.constant([7, -7, 7, -7])
b = tf.constant([2, 2, -2, -2])
with tf.Session() as sess:
    print(sess.run(a // b))
    print(sess.run(a % b))
    print(sess.run(tf.constant([7.5, -7.5]) // 2.0))
    print(sess.run(tf.constant([7.5, -7.5]) % 2.0))
    print(sess.run(tf.floordiv(a, 3)))
