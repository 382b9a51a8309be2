import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [3, 3, 2])
lengths = tf.placeholder(tf.int64, [3])
steps = tf.unstack(x, 3, 1)
outputs, state = tf.nn.static_rnn(tf.nn.rnn_cell.BasicLSTMCell(2), steps, sequence_length=lengths, dtype=tf.float32)
print(outputs, state)
outs, sfw, sbw = tf.nn.static_bidirectional_rnn(tf.nn.rnn_cell.GRUCell(2), tf.nn.rnn_cell.BasicRNNCell(1), steps, sequence_length=lengths, dtype=tf.float32)
print(outs, sfw, sbw)
graph_ops = tf.get_default_graph().get_operations()
feed = {x: np.cos(np.arange(18, dtype=np.float32)).reshape(3, 3, 2), lengths: [3, 1, 0]}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i, v in enumerate(tf.trainable_variables()):
        n = int(np.prod(v.shape.as_list()))
        sess.run(tf.assign(v, np.sin(np.arange(n, dtype=np.float32) * 0.9 + i).reshape(v.shape.as_list()) * 0.5))
    o, s = sess.run([outputs, state], feed)
    print(np.round(np.array(o), 5))
    print(np.round(s.c, 5), np.round(s.h, 5))
    b, h = sess.run([outs, sbw], feed)
    print(np.round(np.array(b), 5), np.round(h, 5))
for op in graph_ops:
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
