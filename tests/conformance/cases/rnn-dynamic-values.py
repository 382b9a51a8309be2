import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [None, 4, 2])
cell = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.LSTMCell(3, use_peepholes=True), tf.nn.rnn_cell.GRUCell(2)])
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
print(outputs, state)
xt = tf.placeholder(tf.float32, [4, 2, 2])
(fw, bw), (sfw, sbw) = tf.nn.bidirectional_dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2), tf.nn.rnn_cell.BasicLSTMCell(2), xt, dtype=tf.float32, time_major=True)
print(fw, bw, sfw, sbw)
feed = {x: np.cos(np.arange(16, dtype=np.float32)).reshape(2, 4, 2), xt: np.sin(np.arange(16, dtype=np.float32)).reshape(4, 2, 2)}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i, v in enumerate(tf.trainable_variables()):
        n = int(np.prod(v.shape.as_list()))
        sess.run(tf.assign(v, np.sin(np.arange(n, dtype=np.float32) * 0.7 + i).reshape(v.shape.as_list()) * 0.4))
    o, s = sess.run([outputs, state], feed)
    print(np.round(o, 5))
    print(np.round(s[0].c, 5), np.round(s[1], 5))
    f, b, sb = sess.run([fw, bw, sbw], feed)
    print(np.round(f, 5), np.round(b, 5), np.round(sb.h, 5))
for v in tf.global_variables():
    print(v.name, v.shape)
