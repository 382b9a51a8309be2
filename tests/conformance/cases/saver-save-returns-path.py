import tensorflow as tf
v = tf.Variable([1.0, 2.0], name="v")
step = tf.Variable(7, name="step", dtype=tf.int64)
s = tf.train.Saver(max_to_keep=2)
p = tf.train.Saver([v], pad_step_number=True)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(s.save(sess, "/tmp/saver_case_model.ckpt", global_step=3))
    print(s.save(sess, "/tmp/saver_case_model.ckpt", global_step=step))
    print(s.save(sess, "/tmp/saver_case_model.ckpt"))
    print(s.last_checkpoints)
    print(p.save(sess, "/tmp/saver_case_m", global_step=12))
print(tf.train.latest_checkpoint("/nonexistent/dir"))
