import tensorflow as tf
v = tf.Variable(1.0, name="v")
s = tf.train.Saver()
with tf.Session() as sess:
    s.restore(sess, tf.train.latest_checkpoint("/nonexistent/dir"))
