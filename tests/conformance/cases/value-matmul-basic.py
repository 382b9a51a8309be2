import tensorflow as tf

# Rule: matmul multiplies matrices; int32 stays int32, the @ operator is the
# same op, and the static shape is (rows of a, columns of b).

a = tf.constant([[1, 2, 3], [4, 5, 6]])
b = tf.constant([[1, 0], [0, 1], [1, 1]])
c = tf.matmul(a, b)
d = a @ b
with tf.Session() as sess:
    print(c.shape, c.dtype.name)
    print(sess.run(c))
    print(sess.run(d))
    print(sess.run(tf.matmul([[0.5, 0.25]], [[2.0], [4.0]])))
