import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [2, 3, 2])
steps = tf.unstack(x, 3, 1)
init = tf.constant_initializer(0.1)
with tf.variable_scope("lstm", initializer=tf.constant_initializer(0.05)):
    cell = tf.nn.rnn_cell.LSTMCell(3, use_peepholes=True, num_proj=2, cell_clip=0.5, forget_bias=0.5)
    outputs, state = tf.nn.static_rnn(cell, steps, dtype=tf.float32)
basic = tf.nn.rnn_cell.BasicLSTMCell(2)
with tf.variable_scope("basic", initializer=init):
    b_out, b_state = tf.nn.static_rnn(basic, steps, dtype=tf.float32)
gru = tf.nn.rnn_cell.GRUCell(2, kernel_initializer=init)
g_out, g_state = tf.nn.static_rnn(gru, steps, dtype=tf.float32, scope="gru")
feed = np.arange(12, dtype=np.float32).reshape(2, 3, 2) / 10.0
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    o, s = sess.run([outputs, state], {x: feed})
    print(np.round(np.array(o), 5))
    print(np.round(s.c, 5), np.round(s.h, 5))
    bo, bs = sess.run([b_out[-1], b_state], {x: feed})
    print(np.round(bo, 5), type(bs).__name__, np.round(bs[0], 5))
    print(np.round(sess.run(g_out[-1], {x: feed}), 5))
for v in tf.global_variables():
    print(v.name, v.shape)
