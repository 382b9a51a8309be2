# A reduction with keepdims over axes only known at run time keeps its input's rank, so the
# second-order gradient of a broadcasting subtraction reshapes with [-1] instead of a Shape op.
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3], name="x")
axes = tf.placeholder(tf.int32, [None], name="axes")
print(tf.reduce_sum(x, axes, keepdims=True))
print(tf.reduce_max(x, axes, keepdims=True), tf.reduce_mean(x, axes))
u = tf.placeholder(tf.float32, name="u")
w = tf.Variable([1.0, 2.0], name="w")
pred = tf.reshape(u * w, [-1])
label = tf.reshape(u, [-1])
loss = tf.reduce_mean(tf.square(pred - label))
g = tf.gradients(loss, [w])[0]
fast = w - 0.1 * g
loss2 = tf.reduce_mean(tf.square(tf.reshape(u * fast, [-1]) - label))
g2 = tf.gradients(loss2, [w])[0]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([g, g2], {u: [[1.0, 2.0], [3.0, 4.0]]}))
    print(sess.run(tf.reduce_sum(x, axes, keepdims=True), {x: [[1, 2, 3]], axes: [1]}))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
