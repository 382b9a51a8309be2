# A tensor index is packed into the stack (a Pack when it mixes with Python ints); `i + 1` is an
# `add` op made before the scope; a slice with a tensor bound gets Consts for its defaults.
import tensorflow as tf
x = tf.constant([[1, 2, 3], [4, 5, 6], [7, 8, 9]], name="x")
i = tf.constant(1, name="i")
a = x[i]
b = x[i:, :i]
c = x[0, i]
v = tf.Variable([[1., 2.], [3., 4.]], name="v")
d = v[0]
e = v[:, 1:]
print(a, b, c, d, e)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([a, b, c]))
    print(sess.run(d), sess.run(e))
