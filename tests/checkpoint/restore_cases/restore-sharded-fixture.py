# checkpoint: fixtures/sharded/model.ckpt
import tensorflow as tf

a = tf.Variable(tf.zeros([2, 3]), name="a")
step = tf.Variable(0, dtype=tf.int64, name="step")
b = tf.Variable(tf.zeros([5], dtype=tf.float64), name="b")
saver = tf.train.Saver([a, b, step], sharded=True)
with tf.Session() as sess:
    saver.restore(sess, "fixtures/sharded/model.ckpt")
    print(sess.run(a).tolist(), sess.run(b).tolist(), sess.run(step))
    print(sess.run(a * 2.0 + 1.0).tolist())
