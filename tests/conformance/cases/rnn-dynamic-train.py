import tensorflow as tf
import numpy as np
x = tf.placeholder(tf.float32, [2, 3, 2])
y = tf.placeholder(tf.float32, [2, 3, 2])
cell = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.BasicLSTMCell(3), tf.nn.rnn_cell.GRUCell(2)])
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
loss = tf.reduce_mean(tf.square(outputs - y))
train = tf.train.AdamOptimizer(0.05).minimize(loss)
graph_ops = tf.get_default_graph().get_operations()
feed = {x: np.linspace(-1, 1, 12, dtype=np.float32).reshape(2, 3, 2), y: np.cos(np.arange(12, dtype=np.float32)).reshape(2, 3, 2)}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i, v in enumerate(tf.trainable_variables()):
        n = int(np.prod(v.shape.as_list()))
        sess.run(tf.assign(v, np.sin(np.arange(n, dtype=np.float32) + i).reshape(v.shape.as_list()) * 0.3))
    for step in range(3):
        _, l = sess.run([train, loss], feed)
        print(step, round(float(l), 6))
for op in graph_ops:
    if op.name != "init":
        print(op.name, op.type, [t.name for t in op.inputs])
