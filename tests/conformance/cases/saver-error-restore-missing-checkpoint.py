import tensorflow as tf
v = tf.Variable(1.0, name="v")
s = tf.train.Saver()
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(v))
    s.restore(sess, "/nonexistent/dir/model.ckpt")
