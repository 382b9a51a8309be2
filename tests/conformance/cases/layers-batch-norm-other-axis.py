# tf.layers.batch_normalization, unfused, on an axis that is not the last: gamma/beta and the
# batch (or moving) statistics are reshaped to broadcast on it (BatchNormalization.call's
# _broadcast); rank 2, 3 and 5 inputs, a boolean placeholder for training, and the updates.
import numpy as np
import tensorflow as tf
training = tf.placeholder(tf.bool, [], name="training")
x3 = tf.placeholder(tf.float32, [None, 3, 4], name="x3")
a = tf.layers.batch_normalization(x3, axis=1, training=training, name="seq")
b = tf.layers.batch_normalization(x3, axis=1, training=False, center=False, name="seq_eval")
x2 = tf.placeholder(tf.float32, [5, 2], name="x2")
c = tf.layers.batch_normalization(x2, axis=0, training=True, scale=False, name="rows")
x5 = tf.placeholder(tf.float32, [None, 2, 3, 2, 2], name="x5")
d = tf.layers.batch_normalization(x5, axis=2, training=training, name="depth")
for o in (a, b, c, d):
    print(o.name, o.shape)
print([op.name for op in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
loss = tf.reduce_sum(a * a) + tf.reduce_sum(c) + tf.reduce_sum(d * d)
with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    feed = {x3: np.linspace(0.0, 1.0, 24).reshape(2, 3, 4), x2: np.arange(10.0).reshape(5, 2),
            x5: np.linspace(-1.0, 1.0, 48).reshape(2, 2, 3, 2, 2), training: True}
    vals = sess.run([a, b, c, d], feed)
    print([np.round(v.ravel()[:4], 3).tolist() for v in vals])
    sess.run(train, feed)
    print(np.round(sess.run(tf.global_variables()[2]), 4).tolist())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
