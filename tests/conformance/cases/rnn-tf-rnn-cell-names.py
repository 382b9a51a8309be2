# rnn_cell_test: cell variable names under a scope, trainable flags through a custom getter, MultiRNNCell cell_i scopes, LSTMCell peephole/projection names, GRU values.
import numpy as np
import tensorflow as tf
with tf.variable_scope("root", initializer=tf.constant_initializer(0.5)):
    x = tf.zeros([1, 2])
    m = tf.zeros([1, 2])
    cell = tf.nn.rnn_cell.BasicRNNCell(2)
    g, _ = cell(x, m)
    print([v.name for v in cell.trainable_variables], cell.non_trainable_variables, g)
def not_trainable_getter(getter, *args, **kwargs):
    kwargs["trainable"] = False
    return getter(*args, **kwargs)
with tf.variable_scope("root2", initializer=tf.constant_initializer(0.5), custom_getter=not_trainable_getter):
    cell2 = tf.nn.rnn_cell.BasicRNNCell(2)
    g2, _ = cell2(tf.zeros([1, 2]), tf.zeros([1, 2]))
    print(cell2.trainable_variables, [v.name for v in cell2.non_trainable_variables])
with tf.variable_scope("gru", initializer=tf.constant_initializer(0.5)):
    gx = tf.zeros([1, 2])
    gm = tf.zeros([1, 2])
    gru = tf.nn.rnn_cell.GRUCell(2)
    gg, _ = gru(gx, gm)
    print([v.name for v in gru.variables])
with tf.variable_scope("lstm", initializer=tf.constant_initializer(0.5)):
    lx = tf.zeros([1, 2])
    lm = tf.zeros([1, 8])
    multi = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.BasicLSTMCell(2, state_is_tuple=False) for _ in range(2)], state_is_tuple=False)
    lg, lout = multi(lx, lm)
    print([v.name for v in tf.global_variables() if v.name.startswith("lstm/")], lg, lout)
with tf.variable_scope("peep"):
    pc = tf.nn.rnn_cell.LSTMCell(3, use_peepholes=True, cell_clip=0.0, num_proj=2)
    po, ps = pc(tf.zeros([1, 2]), tf.nn.rnn_cell.LSTMStateTuple(tf.zeros([1, 3]), tf.zeros([1, 2])))
    print([v.name for v in pc.variables], po, ps)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(gg, {gx: np.array([[1.0, 1.0]]), gm: np.array([[0.1, 0.1]])}).round(5).tolist())
    res = sess.run([lg, lout], {lx: np.array([[1.0, 1.0]]), lm: 0.1 * np.ones([1, 8])})
    print([r.round(5).tolist() for r in res])
    print(sess.run(g, {x: np.array([[1.0, 1.0]]), m: np.array([[0.1, 0.1]])}).round(5).tolist())
