# rnn_cell_test testBasicRNNCell/testGRUCell/testBasicLSTMCell/testLSTMCellVariables/testMultiRNNCell: variable names, state sizes, output shapes under variable scopes.
import tensorflow as tf
x = tf.zeros([1, 2])
with tf.variable_scope("root", initializer=tf.constant_initializer(0.5)):
    m = tf.zeros([1, 2])
    g, _ = tf.nn.rnn_cell.BasicRNNCell(2)(x, m)
    print(g.name, sorted(v.name for v in tf.trainable_variables()))
with tf.variable_scope("gru", initializer=tf.constant_initializer(0.5)):
    gg, _ = tf.nn.rnn_cell.GRUCell(2)(x, m)
    print(gg.name, sorted(v.name for v in tf.trainable_variables() if v.name.startswith("gru")))
with tf.variable_scope("lstm", initializer=tf.constant_initializer(0.5)):
    cell = tf.nn.rnn_cell.BasicLSTMCell(2, state_is_tuple=True)
    state = cell.zero_state(1, tf.float32)
    print(cell.state_size, cell.output_size, [s.name for s in state])
    out, st = cell(x, state)
    print(out.name, st.c.name, st.h.name, sorted(v.name for v in tf.trainable_variables() if v.name.startswith("lstm")))
with tf.variable_scope("multi", initializer=tf.constant_initializer(0.5)):
    mc = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.LSTMCell(2, num_proj=3) for _ in range(2)])
    print(mc.state_size)
    o, s = mc(x, mc.zero_state(1, tf.float32))
    print(o.name, o.get_shape(), sorted(v.name for v in tf.trainable_variables() if v.name.startswith("multi")))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(g).round(5).tolist(), sess.run(gg).round(5).tolist(), sess.run(out).round(5).tolist())
