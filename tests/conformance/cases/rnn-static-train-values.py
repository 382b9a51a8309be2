import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [None, 3, 2])
y = tf.placeholder(tf.float32, [None, 2])
with tf.variable_scope("model"):
    cell = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.BasicLSTMCell(3), tf.nn.rnn_cell.GRUCell(2)])
    outputs, state = tf.nn.static_rnn(cell, tf.unstack(x, 3, 1), dtype=tf.float32)
loss = tf.reduce_mean(tf.square(outputs[-1] - y))
grads = tf.gradients(loss, tf.trainable_variables())
train = tf.train.AdamOptimizer(0.05).minimize(loss)
feed = {x: np.linspace(-1, 1, 12, dtype=np.float32).reshape(2, 3, 2), y: [[0.5, -0.5], [-0.2, 0.3]]}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i, v in enumerate(tf.trainable_variables()):
        n = int(np.prod(v.shape.as_list()))
        sess.run(tf.assign(v, np.sin(np.arange(n, dtype=np.float32) + i).reshape(v.shape.as_list()) * 0.3))
    print([np.round(g, 5).tolist() for g in sess.run(grads, feed)][:2])
    for step in range(3):
        _, l = sess.run([train, loss], feed)
        print(step, round(float(l), 6))
for v in tf.trainable_variables():
    print(v.name, v.shape)
print(len(tf.global_variables()))
