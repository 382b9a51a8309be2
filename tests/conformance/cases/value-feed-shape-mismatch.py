import tensorflow as tf

# Rule: a fed value must fit the placeholder's static shape, None matching
# any size; otherwise sess.run raises ValueError "Cannot feed value of shape
# (3,) for Tensor x:0, which has shape (?, 2)".

x = tf.placeholder(tf.float32, shape=[None, 2], name="x")
with tf.Session() as sess:
    print(sess.run(x, feed_dict={x: [[1, 2], [3, 4], [5, 6]]}).shape)
    sess.run(x, feed_dict={x: [1, 2, 3]})
