import tensorflow as tf

# Rule: reduce_sum over axis None (all), an int, a negative int or a list of
# axes; keepdims keeps the reduced axes as size 1.

x = tf.constant([[1, 2, 3], [4, 5, 6]])
with tf.Session() as sess:
    for t in (tf.reduce_sum(x), tf.reduce_sum(x, 0), tf.reduce_sum(x, axis=1), tf.reduce_sum(x, -1),
              tf.reduce_sum(x, [0, 1]), tf.reduce_sum(x, 1, keepdims=True), tf.reduce_sum(x, keepdims=True)):
        print(t.shape, sess.run(t).tolist())
