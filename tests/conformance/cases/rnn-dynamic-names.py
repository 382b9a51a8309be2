import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3, 2])
cell = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.BasicLSTMCell(3) for _ in range(2)])
with tf.variable_scope("encoder"):
    outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
outs2, st2 = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(2), {"a": x, "b": x} if False else x, initial_state=tf.zeros([5, 2]), scope="dec")
print(outputs, state, outs2, st2)
(fw, bw), states = tf.nn.bidirectional_dynamic_rnn(tf.nn.rnn_cell.LSTMCell(2, num_proj=1), tf.nn.rnn_cell.GRUCell(2), x, dtype=tf.float32)
print(fw, bw, states)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
for v in tf.global_variables():
    print(v.name, v.shape)
