# gradients_test testStopGradient/testStopGradients/testNoGradientForStringOutputs/testIdentityGradient: stop_gradient names, None gradients, string outputs, identity.
import tensorflow as tf
inp = tf.constant(0.0, shape=[100, 32], name="in")
out = tf.stop_gradient(inp)
igrad = tf.gradients(out, inp)[0]
print(out.name, out.op.type, igrad)
a = tf.constant([1.0, 2.0], name="a")
b = tf.stop_gradient(a * 2.0, name="b")
c = a * b + tf.identity(a, name="id")
g = tf.gradients(c, [a, b])
print([t.name for t in g])
with tf.Session() as sess:
    print(sess.run(g))
s = tf.identity(tf.constant(["p", "q"]), name="str")
loss = tf.reduce_sum(a)
print(tf.gradients(loss, [a]), s.dtype)
x = tf.constant([[1.0, 2.0], [3.0, 4.0]], name="x")
y = tf.identity(x, name="idy")
dy = tf.gradients(y, x, grad_ys=tf.constant([[1.0, 1.0], [2.0, 2.0]]))
print(dy)
with tf.Session() as sess:
    print(sess.run(dy))
print(tf.gradients([], [a]), tf.gradients(loss, []))
