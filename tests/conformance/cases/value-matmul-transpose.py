import tensorflow as tf

# Rule: transpose_a / transpose_b transpose an input before multiplying, and
# the static shape follows: [2, 3]^T x [2, 3] is [3, 3].

a = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
ta = tf.matmul(a, a, transpose_a=True)
tb = tf.matmul(a, a, transpose_b=True)
with tf.Session() as sess:
    print(ta.shape, tb.shape)
    print(sess.run(ta))
    print(sess.run(tb))
