# checkpoint: fixtures/adam/model.ckpt
# Restores fixtures/adam (the model of fixtures/model.py, trained one step) with a Saver.
import tensorflow as tf

with tf.variable_scope("model"):
    with tf.variable_scope("hidden"):
        w1 = tf.get_variable("kernel", [4, 3])
        b1 = tf.get_variable("bias", [3], initializer=tf.zeros_initializer())
    with tf.variable_scope("out"):
        w2 = tf.get_variable("kernel", [3, 2])
        b2 = tf.get_variable("bias", [2], initializer=tf.zeros_initializer())
saver = tf.train.Saver({"model/hidden/kernel": w1, "model/hidden/bias": b1,
                        "model/out/kernel": w2, "model/out/bias": b2})
with tf.Session() as sess:
    saver.restore(sess, "fixtures/adam/model.ckpt")
    for v in sess.run([w1, b1, w2, b2]):
        print(v.reshape(-1).tolist())
