import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [None, 4, 2])
lengths = tf.placeholder(tf.int32, [None])
cell = tf.nn.rnn_cell.BasicLSTMCell(3)
outputs, state = tf.nn.dynamic_rnn(cell, x, sequence_length=lengths, dtype=tf.float32)
print(outputs, state)
(fw, bw), (sfw, sbw) = tf.nn.bidirectional_dynamic_rnn(tf.nn.rnn_cell.GRUCell(2), tf.nn.rnn_cell.GRUCell(2), x, sequence_length=lengths, dtype=tf.float32)
print(fw, bw, sfw, sbw)
graph_ops = tf.get_default_graph().get_operations()
feed = {x: np.cos(np.arange(24, dtype=np.float32)).reshape(3, 4, 2), lengths: [4, 2, 0]}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i, v in enumerate(tf.trainable_variables()):
        n = int(np.prod(v.shape.as_list()))
        sess.run(tf.assign(v, np.sin(np.arange(n, dtype=np.float32) * 0.9 + i).reshape(v.shape.as_list()) * 0.5))
    o, s = sess.run([outputs, state], feed)
    print(np.round(o, 5))
    print(np.round(s.c, 5), np.round(s.h, 5))
    f, b, hb = sess.run([fw, bw, sbw], feed)
    print(np.round(f, 5), np.round(b, 5), np.round(hb, 5))
    try:
        sess.run(outputs, {x: feed[x], lengths: [1, 2]})
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__, [line for line in str(e).splitlines() if "assertion" in line])
for op in graph_ops:
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
