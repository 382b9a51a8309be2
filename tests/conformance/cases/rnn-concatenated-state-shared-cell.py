import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3, 4])
cell = tf.nn.rnn_cell.BasicLSTMCell(4, state_is_tuple=False)
multi = tf.nn.rnn_cell.MultiRNNCell([cell] * 2, state_is_tuple=False)
out, st = tf.nn.dynamic_rnn(multi, x, dtype=tf.float32)
print(out, st, multi.state_size)
lstm = tf.nn.rnn_cell.LSTMCell(3, state_is_tuple=False, num_proj=2)
out2, st2 = tf.nn.dynamic_rnn(lstm, x, dtype=tf.float32, scope="proj")
print(out2, st2)
last = out[:, -1, :]
t = tf.transpose(out2, [1, 0, 2])
print(last, t, tf.gather(t, int(t.get_shape()[0]) - 1))
g = tf.nn.rnn_cell.GRUCell(2, kernel_initializer=tf.orthogonal_initializer(), bias_initializer=tf.zeros_initializer(), activation=tf.nn.relu, name="gru")
out3, st3 = tf.nn.dynamic_rnn(g, x, dtype=tf.float32, time_major=True, parallel_iterations=1, swap_memory=True)
print(out3, st3, g.name, g.trainable_variables)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
