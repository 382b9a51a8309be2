import tensorflow as tf
import numpy as np
max_time, batch_size, input_depth, num_units = 4, 2, 3, 2
inputs = tf.placeholder(shape=(max_time, batch_size, input_depth), dtype=tf.float32)
sequence_length = tf.placeholder(shape=(batch_size,), dtype=tf.int32)
inputs_ta = tf.TensorArray(dtype=tf.float32, size=max_time)
inputs_ta = inputs_ta.unstack(inputs)
cell = tf.nn.rnn_cell.LSTMCell(num_units)
def loop_fn(time, cell_output, cell_state, loop_state):
    emit_output = cell_output
    if cell_output is None:
        next_cell_state = cell.zero_state(batch_size, tf.float32)
    else:
        next_cell_state = cell_state
    elements_finished = (time >= sequence_length)
    finished = tf.reduce_all(elements_finished)
    next_input = tf.cond(finished, lambda: tf.zeros([batch_size, input_depth], dtype=tf.float32), lambda: inputs_ta.read(time))
    next_loop_state = None
    return (elements_finished, next_input, next_cell_state, emit_output, next_loop_state)
outputs_ta, final_state, _ = tf.nn.raw_rnn(cell, loop_fn)
outputs = outputs_ta.stack()
print(outputs, final_state)
graph_ops = tf.get_default_graph().get_operations()
feed = {inputs: np.sin(np.arange(24, dtype=np.float32)).reshape(4, 2, 3), sequence_length: [4, 2]}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i, v in enumerate(tf.trainable_variables()):
        n = int(np.prod(v.shape.as_list()))
        sess.run(tf.assign(v, np.cos(np.arange(n, dtype=np.float32) + i).reshape(v.shape.as_list()) * 0.5))
    o, s = sess.run([outputs, final_state], feed)
    print(np.round(o, 5), np.round(s.h, 5))
for op in graph_ops:
    print(op.name, op.type, [t.name for t in op.inputs])
