# The TF1 idiom `with tf.control_dependencies([train]): ema.apply(...)`: the shadows are made
# in init_scope (no control inputs), so initializing them needs no feed; the update waits.
import numpy as np
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 5], name="x")
y = tf.placeholder(tf.float32, [None, 1], name="y")
w = tf.get_variable("w", [5, 1], initializer=tf.ones_initializer())
pred = tf.matmul(x, w)
loss = tf.losses.mean_squared_error(y, pred)
gs = tf.train.get_or_create_global_step()
train = tf.train.GradientDescentOptimizer(0.01).minimize(loss, global_step=gs)
ema = tf.train.ExponentialMovingAverage(0.99, gs)
with tf.control_dependencies([train]):
    train2 = ema.apply(tf.trainable_variables())
    print([i.name for i in ema.average(w).initializer.control_inputs], [i.name for i in train2.control_inputs])
nonzero = tf.count_nonzero(x, axis=1, keepdims=True, dtype=tf.int32)
flags = tf.count_nonzero(tf.constant([True, False, True]))
print(nonzero, flags)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    feed = {x: np.array([[1, 0, 2, 0, 0], [1, 1, 1, 1, 1]], np.float32), y: np.ones((2, 1), np.float32)}
    sess.run(train2, feed)
    print(sess.run(gs), np.round(sess.run(ema.average(w))[:, 0], 6), sess.run([nonzero, flags], feed))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.control_inputs])
