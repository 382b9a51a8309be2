# sparse_add_op_test SparseAddTest testAddSelf/testSmallValuesShouldVanish/testSparseTensorDenseAddGradients
# and sparse_ops_test's `sp / dense` of integers: tf.sparse.add names, values, thresholds, gradients.
import tensorflow as tf
import numpy as np
a = tf.SparseTensor(indices=[[0, 0], [1, 2]], values=[1.0, 2.0], dense_shape=[3, 4])
b = tf.SparseTensor(indices=[[0, 0], [2, 1]], values=[3.0, 4.0], dense_shape=[3, 4])
c = tf.sparse.add(a, b)
print(type(c).__name__, c.indices.name, c.values.name, c.dense_shape.name, c.get_shape())
print(c.indices.shape, c.values.shape)
self_sum = tf.sparse_add(a, a)
vanish = tf.sparse_add(tf.SparseTensor([[0, 1], [1, 0]], [0.1, -0.2], [2, 2]),
                       tf.SparseTensor([[0, 1], [1, 1]], [-0.05, 0.3], [2, 2]), thresh=0.21)
thr = tf.sparse.add(a, b, threshold=3.5)
print([op.name for op in tf.get_default_graph().get_operations() if op.type in ("SparseAdd", "Const") and "thresh" in op.name])
ai = tf.SparseTensor(indices=[[0, 0], [1, 2]], values=[7, 9], dense_shape=[3, 4])
q = ai / tf.constant([[2, 2, 2, 2], [3, 3, 4, 3], [1, 1, 1, 1]])
print(q.values.name, q.values.dtype, [op.name for op in q.values.op.inputs[1].op.inputs[:1]])
print(sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("truediv")))
dense = tf.sparse.add(tf.ones([3, 4]), a)
print(dense.name, dense.shape)
ga, gb = tf.gradients(c.values, [a.values, b.values], grad_ys=tf.constant([1.0, 2.0, 3.0]))
print(ga.name, ga.shape, gb.name)
try:
    tf.sparse.add(tf.ones([2]), tf.ones([2]))
except TypeError as e:
    print("TypeError:", e)
with tf.Session() as s:
    cv, sv, vv, tv, qv, dv, gav, gbv = s.run([c, self_sum, vanish, thr, q, dense, ga, gb])
    print(cv.indices.tolist(), cv.values.tolist(), cv.dense_shape.tolist())
    print(sv.indices.tolist(), sv.values.tolist())
    print(vv.indices.tolist(), np.round(vv.values, 4).tolist())
    print(tv.indices.tolist(), tv.values.tolist())
    print(qv.values.tolist())
    print(dv.tolist())
    print(gav.tolist(), gbv.tolist())
