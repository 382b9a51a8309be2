import numpy as np
import tensorflow as tf
x = tf.constant(np.arange(2 * 3 * 2 * 2, dtype=np.float32).reshape(2, 3, 2, 2) / 10.0)
b = tf.Variable([0.5, -1.0, 2.0])
y = tf.nn.bias_add(x, b, data_format="NCHW")
w = tf.constant(np.linspace(-1.0, 1.0, 24).reshape(2, 3, 2, 2).astype(np.float32))
loss = tf.reduce_sum(tf.square(y) * w)
gx, gb = tf.gradients(loss, [x, b])
ggb = tf.gradients(tf.reduce_sum(gb * [1.0, 2.0, 3.0]), x)[0]
x5 = tf.placeholder(tf.float32, [1, 2, 3, 1, 2])
g5 = tf.gradients(tf.reduce_sum(tf.nn.bias_add(x5, [1.0, 2.0], data_format="NCHW")), x5)
print(gb.shape, ggb.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in sess.run([y, gx, gb, ggb]):
        print(np.round(v.reshape(-1), 4).tolist())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
