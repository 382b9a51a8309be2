# checkpoint: fixtures/adam/model.ckpt
import tensorflow as tf

with tf.variable_scope("model"):
    with tf.variable_scope("hidden"):
        w1 = tf.get_variable("kernel", [4, 3])
        b1 = tf.get_variable("bias", [3], initializer=tf.zeros_initializer())
    with tf.variable_scope("out"):
        w2 = tf.get_variable("kernel", [3, 2])
        b2 = tf.get_variable("bias", [2], initializer=tf.zeros_initializer())
x = tf.placeholder(tf.float32, [None, 4], name="x")
logits = tf.matmul(tf.nn.relu(tf.matmul(x, w1) + b1), w2) + b2
saver = tf.train.Saver(tf.trainable_variables())
print(saver.last_checkpoints)
with tf.Session() as sess:
    saver.restore(sess, "fixtures/adam/model.ckpt")
    print(sess.run(logits, {x: [[1.0, 2.0, 3.0, 4.0], [0.5, -1.0, 0.0, 2.0]]}).tolist())
