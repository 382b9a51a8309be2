import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3])
keep = tf.placeholder(tf.float32, [])
cell = tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.BasicLSTMCell(4), input_keep_prob=0.8, output_keep_prob=0.7, state_keep_prob=0.6, variational_recurrent=True, input_size=3, dtype=tf.float32, seed=5)
o, s = cell(x, cell.zero_state(2, tf.float32))
o, s = cell(x, s)
print(o, s)
multi = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.GRUCell(2), state_keep_prob=keep, variational_recurrent=True, dtype=tf.float32) for _ in range(2)])
outs, st = tf.nn.dynamic_rnn(multi, tf.placeholder(tf.float32, [2, 3, 3]), dtype=tf.float32)
print(outs, st)
for kwargs in ({"variational_recurrent": True}, {"variational_recurrent": True, "dtype": tf.float32, "input_keep_prob": 0.5}):
    try:
        tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.GRUCell(2), **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], op.get_attr("seed2") if op.type == "RandomUniform" else "")
