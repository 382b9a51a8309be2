# A TensorArray with a partly known element shape: with infer_shape (identical_element_shapes) the
# first write fixes the shape, so an unwritten index stacks as zeros; without it the read fails.
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 2], name="x")
ta = tf.TensorArray(tf.float32, size=3, element_shape=tf.TensorShape([None, 2]))
ta = ta.write(0, x)
stacked = ta.stack(name="stacked")
ta2 = tf.TensorArray(tf.float32, size=2, element_shape=tf.TensorShape([None, 2]), infer_shape=False)
ta2 = ta2.write(1, x * 2.0)
stacked2 = ta2.stack(name="stacked2")

# dynamic_rnn stops at the longest sequence_length; the later outputs come back as zeros.
cell = tf.nn.rnn_cell.BasicRNNCell(2)
seq = tf.placeholder(tf.float32, [None, 4, 3], name="seq")
lengths = tf.placeholder(tf.int32, [None], name="lengths")
outputs, state = tf.nn.dynamic_rnn(cell, seq, sequence_length=lengths, dtype=tf.float32)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(stacked, {x: [[1.0, 2.0]]}))
    try:
        sess.run(stacked2, {x: [[1.0, 2.0]]})
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError", "not fully defined" in e.message)
    out = sess.run(outputs, {seq: [[[1.0, 0.0, 1.0]] * 4, [[0.5, 0.5, 0.5]] * 4], lengths: [2, 1]})
    print(out.shape, out[:, 2:].tolist())
for op in tf.get_default_graph().get_operations()[:12]:
    print(op.name, op.type)
