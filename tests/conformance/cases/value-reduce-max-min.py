import tensorflow as tf

# Rule: reduce_max / reduce_min keep the dtype and follow the same axis rules
# as reduce_sum; reduction_indices / keep_dims are the old spellings.

x = tf.constant([[3.5, -1.0], [2.0, 8.0]])
with tf.Session() as sess:
    print(sess.run(tf.reduce_max(x)))
    print(sess.run(tf.reduce_min(x, axis=0)))
    print(sess.run(tf.reduce_max(x, reduction_indices=1, keep_dims=True)))
    print(sess.run(tf.reduce_min(tf.constant([4, 9, 2]))))
