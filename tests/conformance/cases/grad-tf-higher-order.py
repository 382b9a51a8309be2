# gradients_test testSecondOrderGradient/testHessianVectorProduct-ish/testGradientOfGradient naming: gradients of gradients, their names and values, tf.hessians.
import tensorflow as tf
x = tf.constant(2.0, name="x")
y = x * x * x
dy = tf.gradients(y, x)[0]
d2y = tf.gradients(dy, x)[0]
d3y = tf.gradients(d2y, x)[0]
print(dy.name, d2y.name, d3y.name)
with tf.Session() as sess:
    print(sess.run([dy, d2y, d3y]))
v = tf.constant([1.0, 2.0], name="v")
f = tf.reduce_sum(v * v * v)
h = tf.hessians(f, v)
print(type(h).__name__, len(h), h[0].name, h[0].shape)
with tf.Session() as sess:
    print(sess.run(h[0]).tolist())
w = tf.constant([[1.0, 2.0], [3.0, 4.0]])
vec = tf.constant([[1.0], [1.0]])
xx = tf.constant([[1.0], [1.0]])
yy = tf.matmul(tf.transpose(xx), tf.matmul(w, xx))
grad = tf.gradients(yy, xx)[0]
hvp = tf.gradients(grad * vec, xx)[0]
print(grad.name, hvp.name)
with tf.Session() as sess:
    print(sess.run(hvp).tolist())
