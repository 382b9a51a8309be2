# tf.linalg.band_part / tf.matrix_band_part, LinearOperatorLowerTriangular(x).to_dense() (its
# scope opened once when made, `<name>/to_dense` per call) and MatrixBandPart's gradient.
import tensorflow as tf
x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])
a = tf.linalg.band_part(x, -1, 0)
b = tf.matrix_band_part(x, 1, 0, name="band")
op = tf.linalg.LinearOperatorLowerTriangular(x)
c = op.to_dense()
d = op.to_dense()
e = tf.linalg.LinearOperatorLowerTriangular(x, name="tri").to_dense()
v = tf.Variable(tf.ones([2, 3, 3]))
g, = tf.gradients(tf.reduce_sum(tf.linalg.band_part(v, 0, 1) * 2.0), [v])
for o in tf.get_default_graph().get_operations():
    print(o.name, o.type)
print(op.name, op.shape, c.shape)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
print(sess.run([a, b, c, e]))
print(sess.run(g))
