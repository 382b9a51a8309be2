# checkpoint: fixtures/adam/model.ckpt
import tensorflow as tf

with tf.variable_scope("model"):
    with tf.variable_scope("hidden"):
        w1 = tf.get_variable("kernel", [4, 3])
        b1 = tf.get_variable("bias", [3], initializer=tf.zeros_initializer())
    with tf.variable_scope("out"):
        w2 = tf.get_variable("kernel", [3, 2])
        b2 = tf.get_variable("bias", [2], initializer=tf.zeros_initializer())
extra = tf.get_variable("model/extra", [2])
saver = tf.train.Saver()
with tf.Session() as sess:
    saver.restore(sess, "fixtures/adam/model.ckpt")
