import tensorflow as tf
import numpy as np
x = tf.constant(np.array([[1.0, -2.0, 3.0], [0.5, 4.0, -1.0]], np.float32))
outs = [
    tf.nn.l2_normalize(x, axis=1),
    tf.nn.moments(x, axes=[0])[0],
    tf.nn.moments(x, axes=[0, 1], keep_dims=True)[1],
    tf.nn.softmax(x, axis=0),
    tf.nn.log_softmax(x, name="ls"),
    tf.nn.relu6(x * 3),
    tf.nn.leaky_relu(x, alpha=0.1),
    tf.nn.crelu(x),
    tf.nn.bias_add(x, [1.0, 2.0, 3.0]),
    tf.nn.softsign(x),
    tf.nn.elu(x),
    tf.nn.selu(x),
]
print([t.name for t in outs])
print([t.shape.as_list() for t in outs])
with tf.Session() as sess:
    for v in sess.run(outs):
        print(np.round(v, 4).tolist())
