# rnn_test testDynamicRNN/testBidirectionalDynamicRNN/testDynamicRNNWithTupleStates names: outputs and final states' names and shapes, variable names under rnn/fw/bw scopes, sequence_length.
import tensorflow as tf
inputs = tf.ones([2, 5, 3])
cell = tf.nn.rnn_cell.BasicLSTMCell(4)
outputs, state = tf.nn.dynamic_rnn(cell, inputs, dtype=tf.float32, sequence_length=[5, 3])
print(outputs.name, outputs.get_shape(), state.c.name, state.h.get_shape())
print(sorted(v.name for v in tf.trainable_variables()))
fw = tf.nn.rnn_cell.GRUCell(3)
bw = tf.nn.rnn_cell.GRUCell(3)
(of, ob), (sf, sb) = tf.nn.bidirectional_dynamic_rnn(fw, bw, inputs, dtype=tf.float32, scope="bi")
print(of.name, ob.name, sf.name, sb.name, of.get_shape(), ob.get_shape())
print(sorted(v.name for v in tf.trainable_variables() if v.name.startswith("bi")))
tm = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2), tf.ones([5, 2, 3]), dtype=tf.float32, time_major=True, scope="tm")
print(tm[0].name, tm[0].get_shape(), tm[1].name)
try:
    tf.nn.dynamic_rnn(cell, inputs)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    o = sess.run(outputs)
    print(o.shape, float(abs(o[1, 4]).sum()) == 0.0)
