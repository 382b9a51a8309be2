# tf.sparse_tensor_to_dense / tf.sparse.to_dense (SparseToDense around a zeros([]) default of the
# values' dtype, or the given default) and ndarray.dot in a script's numpy preprocessing.
import numpy as np
import tensorflow as tf

a = np.array([[1.0, 2.0], [3.0, 4.0]])
d = np.diag([0.5, 2.0])
print(a.dot(d).tolist(), a.dot(d).transpose().dot(d).tolist(), np.arange(3).dot(np.arange(3)))
sp = tf.sparse_placeholder(tf.float32, name="adj")
dense = tf.sparse_tensor_to_dense(sp, validate_indices=False)
dense2 = tf.sparse.to_dense(sp, default_value=-1.0, name="filled")
isp = tf.SparseTensor([[0, 1], [2, 0]], tf.constant([3, 4]), [3, 2])
dense3 = tf.sparse_tensor_to_dense(isp)
print(dense.name, dense.shape, dense2.name, dense3.dtype, dense3.shape)
with tf.Session() as sess:
    feed = {sp: (np.array([[0, 0], [1, 1]]), np.array([1.5, 2.5], np.float32), np.array([2, 3]))}
    print(sess.run([dense, dense2], feed))
    print(sess.run(dense3))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
