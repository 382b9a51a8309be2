import numpy as np
import tensorflow as tf
x = tf.constant(np.linspace(-1.0, 1.0, 2 * 7 * 6 * 2).reshape(2, 7, 6, 2).astype(np.float32), name="x")
w = tf.constant(np.linspace(-0.5, 0.5, 3 * 3 * 2 * 3).reshape(3, 3, 2, 3).astype(np.float32), name="w")
y = tf.nn.atrous_conv2d(x, w, 2, padding="SAME")
v = tf.nn.atrous_conv2d(x, w, 2, padding="VALID", name="valid")
loss = tf.reduce_sum(tf.square(y)) + tf.reduce_sum(v * 0.5)
gx, gw = tf.gradients(loss, [x, w])
with tf.Session() as sess:
    for value in sess.run([y, v, gx, gw]):
        print(value.shape, np.round(value.reshape(-1)[:10], 4).tolist())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
