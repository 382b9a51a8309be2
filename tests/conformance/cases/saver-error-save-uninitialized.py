import tensorflow as tf
v = tf.Variable(1.0, name="v")
s = tf.train.Saver()
with tf.Session() as sess:
    s.save(sess, "/tmp/saver_case_model.ckpt")
