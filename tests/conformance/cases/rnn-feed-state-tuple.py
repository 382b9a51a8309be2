import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [1, 2])
cell = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.BasicLSTMCell(3) for _ in range(2)])
initial_state = cell.zero_state(1, tf.float32)
out, final = cell(x, initial_state)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    state = sess.run(initial_state)
    print(type(state).__name__, type(state[0]).__name__, state[0].c.shape)
    for i in range(2):
        o, state = sess.run([out, final], {x: [[0.5, -0.5]], initial_state: state})
        print(o.shape, type(state[1]).__name__)
    o2 = sess.run(out, {initial_state[0].c: np.ones((1, 3)), x: [[1.0, 1.0]]})
    print(o2.shape)
    try:
        sess.run(out, {x: [[1.0, 1.0]], initial_state: state[0]})
    except ValueError as e:
        print(type(e).__name__, str(e).split(" Key:")[0])
