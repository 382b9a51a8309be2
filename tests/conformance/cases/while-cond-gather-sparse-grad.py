# A gather inside a cond inside a while loop: its IndexedSlices gradient meets the other
# branch's dense zeros in the cond's Merge (each input made IndexedSlices, one Merge per
# component), then leaves the loop through an IndexedSlices accumulator (indices and values
# concatenated per iteration); raw_rnn's decoder gradient also reaches an Exit through the
# Merge gradient's tuple Identity.
import numpy as np
import tensorflow as tf

emb = tf.Variable(np.arange(12, dtype=np.float32).reshape(4, 3) / 10.0, name="emb")
ids = tf.placeholder(tf.int64, [2], name="ids")


def body(i, acc):
    picked = tf.cond(i < 2, lambda: tf.nn.embedding_lookup(emb, ids), lambda: tf.zeros([2, 3]))
    return i + 1, acc + picked * tf.cast(i + 1, tf.float32)


_, total = tf.while_loop(lambda i, acc: i < 2, body, [tf.constant(0), tf.zeros([2, 3])])
loss = tf.reduce_sum(total * total)
(g, v), = tf.train.GradientDescentOptimizer(0.1).compute_gradients(loss, [emb])
print(type(g).__name__, g.values.name, g.indices.name, g.dense_shape.name)
train = tf.train.GradientDescentOptimizer(0.1).apply_gradients([(g, v)])

cell = tf.nn.rnn_cell.BasicRNNCell(2)
w = tf.Variable([[0.5, -0.5, 1.0], [1.0, 0.25, -1.0]], name="w")
lengths = tf.constant([2, 3])


def loop_fn(time, cell_output, cell_state, loop_state):
    finished = time >= lengths
    if cell_output is None:
        return finished, tf.nn.embedding_lookup(emb, tf.constant([1, 2])), cell.zero_state(2, tf.float32), None, None
    nxt = tf.cond(tf.reduce_all(finished), lambda: tf.zeros([2, 3]),
                  lambda: tf.nn.embedding_lookup(emb, tf.argmax(tf.matmul(cell_output, w), 1)))
    return finished, nxt, cell_state, cell_output, None


with tf.variable_scope("dec", initializer=tf.constant_initializer(0.3)):  # no random weights
    outputs_ta, final_state, _ = tf.nn.raw_rnn(cell, loop_fn)
rnn_loss = tf.reduce_sum(outputs_ta.stack()) + tf.reduce_sum(final_state)
rnn_train = tf.train.AdamOptimizer(0.1).minimize(rnn_loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    gv = sess.run(g, {ids: [1, 3]})
    print(gv.indices, gv.values.round(4), gv.dense_shape)
    sess.run(train, {ids: [1, 3]})
    print(sess.run(emb).round(4))
    print(round(float(sess.run(rnn_loss)), 4))
    sess.run(rnn_train)
    print(sess.run(emb).round(4))
for op in tf.get_default_graph().get_operations():
    if "grad" in op.name:
        print(op.name, op.type)
