# checkpoint: fixtures/adam/model.ckpt
import tensorflow as tf

with tf.variable_scope("net"):
    w = tf.get_variable("w", [4, 3])
    step = tf.get_variable("step", [], dtype=tf.int64)
tf.train.init_from_checkpoint("fixtures/adam/model.ckpt",
                              {"model/hidden/kernel": "net/w", "global_step": step})
print(w.initializer.name, step.initializer.name, w.initial_value.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(w).tolist(), sess.run(step))
