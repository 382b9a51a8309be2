# tf.keras BatchNormalization in a TF1 graph without `training=`: it reads the learning-phase
# placeholder through tf.cond (fused and unfused), its updates are layer.updates; then with a
# placeholder `training`, and values in both phases.
import numpy as np
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 2, 2, 3], name="x")
bn = tf.keras.layers.BatchNormalization()
y = bn(x)
print(y, len(bn.updates), [v.name for v in bn.weights])
flat = tf.placeholder(tf.float32, [None, 3], name="flat")
bn2 = tf.keras.layers.BatchNormalization(momentum=0.9, fused=False)
z = bn2(flat)
is_training = tf.placeholder(tf.bool, [], name="is_training")
bn3 = tf.keras.layers.BatchNormalization(name="given")
w = bn3(flat, training=is_training)
print(z, w, len(bn2.updates), len(bn3.updates), tf.get_collection(tf.GraphKeys.UPDATE_OPS))
loss = tf.reduce_sum(y) + tf.reduce_sum(z) + tf.reduce_sum(w)
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
K = tf.keras.backend
data = np.arange(24, dtype=np.float32).reshape(2, 2, 2, 3)
rows = np.array([[1.0, 2.0, 3.0], [3.0, 0.0, 1.0]], np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(np.round(sess.run(z, {flat: rows}), 4))
    print(np.round(sess.run(z, {flat: rows, K.learning_phase(): True}), 4))
    sess.run([train] + bn2.updates + bn3.updates, {x: data, flat: rows, K.learning_phase(): 1, is_training: True})
    print(np.round(sess.run(bn2.moving_mean), 4), np.round(sess.run(bn3.moving_variance), 4))
    print(np.round(sess.run(y, {x: data})[0, 0], 4))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
