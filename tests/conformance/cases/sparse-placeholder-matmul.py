# tf.sparse_placeholder (unnamed, named with a shape tensor, with a list shape), sparse_retain, SparseTensor * dense,
# sparse_tensor_dense_matmul with its gradient in a training step; feeds of tuples and SparseTensorValue; a fetched SparseTensor.
import tensorflow as tf
import numpy as np
sp = tf.sparse_placeholder(tf.float32)
print(sp)
print(sp.shape, sp.dtype, sp.indices.name, sp.values.name, sp.dense_shape.name)
sp2 = tf.sparse_placeholder(tf.float32, shape=tf.constant([3, 4], dtype=tf.int64), name="feat")
print(sp2.shape, sp2.dense_shape.op.type)
sp3 = tf.sparse_placeholder(tf.float32, shape=[3, None], name="s3")
print(sp3.shape)
w = tf.Variable(tf.ones([4, 2]), name="w")
keep = tf.placeholder_with_default(1.0, shape=())
mask = tf.cast(tf.floor(keep + tf.random_uniform([5])), dtype=tf.bool)
ret = tf.sparse_retain(sp2, mask)
dropped = ret * (1. / keep)
print(type(dropped).__name__, dropped.values.name, dropped.shape)
out = tf.sparse_tensor_dense_matmul(dropped, w)
print(out.name, out.shape)
out2 = tf.sparse_tensor_dense_matmul(sp2, w)
loss = tf.reduce_sum(out2 * out2) + tf.reduce_sum(out)
opt = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
val = (np.array([[0, 0], [1, 2], [2, 3], [0, 1], [2, 0]]), np.array([1., 2., 3., 4., 5.], np.float32), np.array([3, 4]))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(out2, {sp2: val}))
    r = sess.run(ret, {sp2: val, keep: 1.0})
    print(r)
    print(sess.run(sp2, {sp2: tf.SparseTensorValue(*val)}).dense_shape)
    sess.run(opt, {sp2: val})
    print(sess.run(w))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
