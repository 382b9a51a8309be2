# checkpoint: fixtures/adam/model.ckpt
import tensorflow as tf

with tf.variable_scope("model/out"):
    b = tf.get_variable("bias", [2])
saver = tf.train.Saver()
ckpt = tf.train.get_checkpoint_state("fixtures/adam")
with tf.Session() as sess:
    if ckpt and ckpt.model_checkpoint_path:
        saver.restore(sess, "fixtures/adam/model.ckpt")
    else:
        sess.run(tf.global_variables_initializer())
    print(sess.run(b).tolist())
