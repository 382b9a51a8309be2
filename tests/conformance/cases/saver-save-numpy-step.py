import tensorflow as tf
step = tf.Variable(41, name="step", dtype=tf.int64)
s = tf.train.Saver()
with tf.Session() as sess:
    sess.run(step.initializer)
    n = sess.run(step)
    print(s.save(sess, "/tmp/saver_case_np", global_step=n + 1))
    print(s.save(sess, "/tmp/saver_case_np", global_step=step, write_state=False))
    print(s.last_checkpoints)
