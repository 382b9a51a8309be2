import tensorflow as tf

# Rule: concat joins along an existing axis (negative axes count from the
# end); stack adds a new axis, at 0 by default or where `axis` says.

a = tf.constant([[1, 2], [3, 4]])
b = tf.constant([[5, 6], [7, 8]])
with tf.Session() as sess:
    for t in (tf.concat([a, b], 0), tf.concat([a, b], axis=1), tf.concat([a, b], -1),
              tf.stack([a, b]), tf.stack([a, b], axis=1), tf.stack([1, 2, 3])):
        print(t.shape, sess.run(t).tolist())
