# checkpoint: fixtures/adam/model.ckpt
# init_from_checkpoint with a scope assignment map: the initializer then loads fixtures/adam.
import tensorflow as tf

with tf.variable_scope("net"):
    with tf.variable_scope("hidden"):
        w1 = tf.get_variable("kernel", [4, 3])
        b1 = tf.get_variable("bias", [3])
    with tf.variable_scope("out"):
        w2 = tf.get_variable("kernel", [3, 2])
        b2 = tf.get_variable("bias", [2])
tf.train.init_from_checkpoint("fixtures/adam/model.ckpt", {"model/": "net/"})
print(w1.initializer.name, w1.initial_value.op.name, b2.initializer.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in sess.run([w1, b1, w2, b2]):
        print(v.reshape(-1).tolist())
