# checkpoint: fixtures/adam/model.ckpt
import tensorflow as tf

with tf.variable_scope("model/hidden"):
    w1 = tf.get_variable("kernel", [4, 5])
saver = tf.train.Saver()
with tf.Session() as sess:
    saver.restore(sess, "fixtures/adam/model.ckpt")
