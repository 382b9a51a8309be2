# rnn_test: sequence_length must be a vector; batch size from the inputs (static and dynamic); time_major; scopes and output names of dynamic_rnn/static_rnn/bidirectional.
import tensorflow as tf
cell = tf.nn.rnn_cell.BasicRNNCell(3)
inputs = tf.placeholder(tf.float32, [4, 2, 5])
try:
    tf.nn.dynamic_rnn(cell, inputs, dtype=tf.float32, sequence_length=[[4]])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
x = tf.placeholder(tf.float32, [None, None, 5])
out, state = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(3), x, dtype=tf.float32, scope="dyn")
print(out, state)
tm = tf.placeholder(tf.float32, [6, 2, 5])
out2, state2 = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicLSTMCell(4), tm, dtype=tf.float32, time_major=True)
print(out2, state2)
seq = [tf.placeholder(tf.float32, [2, 5]) for _ in range(3)]
souts, sstate = tf.nn.static_rnn(tf.nn.rnn_cell.BasicRNNCell(3), seq, dtype=tf.float32)
print(souts, sstate)
fw, bw = tf.nn.rnn_cell.BasicRNNCell(2), tf.nn.rnn_cell.BasicRNNCell(2)
(ofw, obw), (sfw, sbw) = tf.nn.bidirectional_dynamic_rnn(fw, bw, tf.placeholder(tf.float32, [2, 4, 5]), sequence_length=[4, 2], dtype=tf.float32)
print(ofw, obw, sfw, sbw)
print([v.name for v in tf.global_variables()])
init = cell.zero_state(7, tf.float32)
print(init, tf.nn.rnn_cell.BasicLSTMCell(2).zero_state(tf.shape(x)[0], tf.float32))
