# SparseTensor * dense and / dense (SparseDenseCwiseMul/Div, the dense operand broadcast to the
# dense shape), their gradients (the dense one summed back with SparseTensorDenseAdd), the
# adjoint forms of sparse_tensor_dense_matmul and a SparseTensor built from constants.
import numpy as np
import tensorflow as tf

sp = tf.SparseTensor(indices=[[0, 0], [1, 2], [1, 0]], values=[1.0, 2.0, 3.0], dense_shape=[2, 3])
print(sp.shape, sp.indices.name, sp.values.name, sp.dense_shape.name)
w = tf.Variable([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], name="w")
row = tf.Variable([0.5, 2.0, 4.0], name="row")
prod = sp * w
quot = sp / row
print(prod.values.name, quot.values.name, prod.values.shape)
loss = tf.reduce_sum(prod.values) + tf.reduce_sum(quot.values * quot.values)
gw, grow = tf.gradients(loss, [w, row])
g2 = tf.gradients(tf.reduce_sum(grow * grow), [row])  # back through SparseTensorDenseAdd
b = tf.Variable(np.arange(6, dtype=np.float32).reshape(2, 3), name="b")
m1 = tf.sparse_tensor_dense_matmul(sp, b, adjoint_a=True, name="adj_a")
try:
    tf.sparse_tensor_dense_matmul(sp, tf.transpose(b), adjoint_b=True)
except ValueError as e:
    print("ValueError", e)
m2 = tf.sparse_tensor_dense_matmul(sp, b, adjoint_b=True)
m3 = tf.sparse.matmul(sp, tf.ones([3, 2]))
print(m1.name, m1.shape, m2.shape, m3.shape)
gb = tf.gradients(tf.reduce_sum(m1) + tf.reduce_sum(m2), [b])
m4 = tf.sparse_tensor_dense_matmul(sp, tf.ones([2, 2]), adjoint_a=True, adjoint_b=True)
gv = [tf.gradients(m * m, sp.values)[0] for m in (m1, m2, m3, m4)]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(prod))
    print(sess.run(quot).values)
    print(sess.run([gw, grow]))
    print(sess.run(g2))
    print(sess.run([m1, m2, m3]))
    print(sess.run(gb))
    print(sess.run(gv))
    print(sess.run(sp))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
