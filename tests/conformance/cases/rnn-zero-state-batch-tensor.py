import tensorflow as tf
bs = tf.placeholder(tf.int32, [])
x = tf.placeholder(tf.float32, [None, 3])
cell = tf.nn.rnn_cell.LSTMCell(4, num_proj=2)
print(cell.zero_state(bs, tf.float32))
print(cell.get_initial_state(inputs=x))
print(cell.get_initial_state(batch_size=5, dtype=tf.float64))
print(tf.nn.rnn_cell.GRUCell(3).zero_state(tf.constant(7), tf.float16))
try:
    cell.get_initial_state()
except ValueError as e:
    print(e)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
