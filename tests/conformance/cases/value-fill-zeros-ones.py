import tensorflow as tf

# Rule: zeros / ones / fill make filled tensors of the requested dtype
# (float32 by default for zeros/ones, the value's dtype for fill); from 1000
# elements on, zeros is built as a Fill op, with the same values.

with tf.Session() as sess:
    print(sess.run(tf.zeros([2, 3])))
    print(sess.run(tf.ones([2], dtype=tf.int32)))
    print(sess.run(tf.fill([2, 2], 7)))
    print(sess.run(tf.fill([3], 0.5)))
    big = tf.zeros([40, 50])
    print(big.op.type, big.shape, sess.run(tf.reduce_sum(big + 1)))
    small = tf.ones([10, 10])
    print(small.op.type, sess.run(tf.reduce_sum(small)))
