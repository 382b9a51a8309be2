# checkpoint: fixtures/adam/model.ckpt
import tensorflow as tf

v = tf.get_variable("global_step", [], dtype=tf.float32)
saver = tf.train.Saver()
with tf.Session() as sess:
    saver.restore(sess, "fixtures/adam/model.ckpt")
