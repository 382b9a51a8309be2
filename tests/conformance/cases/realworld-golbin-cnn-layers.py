# source: golbin/TensorFlow-Tutorials 07 - CNN/02 - tf.layers.py (tf.contrib.layers.flatten replaced by its body: name_scope(None, 'Flatten') around tf.layers.flatten; filters 32/64 -> 2/3, dense 256 -> 8; MNIST loading replaced by two fixed images; the 15-epoch loop cut to one step, the Korean prints kept)
import numpy as np
import tensorflow as tf
X = tf.placeholder(tf.float32, [None, 28, 28, 1])
Y = tf.placeholder(tf.float32, [None, 10])
is_training = tf.placeholder(tf.bool)
L1 = tf.layers.conv2d(X, 2, [3, 3], activation=tf.nn.relu)
L1 = tf.layers.max_pooling2d(L1, [2, 2], [2, 2])
L1 = tf.layers.dropout(L1, 0.7, is_training)
L2 = tf.layers.conv2d(L1, 3, [3, 3], activation=tf.nn.relu)
L2 = tf.layers.max_pooling2d(L2, [2, 2], [2, 2])
L2 = tf.layers.dropout(L2, 0.7, is_training)
with tf.name_scope(None, 'Flatten', [L2]):
    L3 = tf.layers.flatten(L2)
L3 = tf.layers.dense(L3, 8, activation=tf.nn.relu)
L3 = tf.layers.dropout(L3, 0.5, is_training)
model = tf.layers.dense(L3, 10, activation=None)
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=model, labels=Y))
optimizer = tf.train.AdamOptimizer(0.001).minimize(cost)
init = tf.global_variables_initializer()
sess = tf.Session()
sess.run(init)
batch_xs = np.linspace(0.0, 1.0, 2 * 784).reshape(2, 784)
batch_ys = np.eye(10)[[3, 8]]
batch_xs = batch_xs.reshape(-1, 28, 28, 1)
total_cost = 0
_, cost_val = sess.run([optimizer, cost],
                       feed_dict={X: batch_xs,
                                  Y: batch_ys,
                                  is_training: True})
total_cost += cost_val
print('Epoch:', '%04d' % (0 + 1), np.shape(total_cost))
print('최적화 완료!')
is_correct = tf.equal(tf.argmax(model, 1), tf.argmax(Y, 1))
accuracy = tf.reduce_mean(tf.cast(is_correct, tf.float32))
print('정확도:', sess.run(accuracy,
                        feed_dict={X: batch_xs,
                                   Y: batch_ys,
                                   is_training: False}) in (0.0, 0.5, 1.0))

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
