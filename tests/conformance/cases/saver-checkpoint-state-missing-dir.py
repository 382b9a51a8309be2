import tensorflow as tf
v = tf.Variable(1.0, name="v")
saver = tf.train.Saver()
ckpt = tf.train.get_checkpoint_state("/nonexistent/train_dir")
print(ckpt)
with tf.Session() as sess:
    if ckpt and ckpt.model_checkpoint_path:
        saver.restore(sess, ckpt.model_checkpoint_path)
    else:
        sess.run(tf.global_variables_initializer())
    print(sess.run(v), tf.train.latest_checkpoint("/nonexistent/train_dir"))
