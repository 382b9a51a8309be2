import numpy as np
import tensorflow as tf

# Rule: tf.sparse_reduce_sum is one SparseReduceSum op (axis None -> a Const of range(rank) when
# the dense shape's length is known); its static shape is known only from constant dense shape
# and axes; the gradient reshapes to the kept dims and gathers at indices // scale. A transpose
# without perm of a tensor of unknown rank builds perm = range(rank - 1, -1, -1) as ops.

indices = tf.placeholder(tf.int64, [None, 2], name="indices")
values = tf.placeholder(tf.float32, [None], name="values")
dense_shape = tf.placeholder(tf.int64, [2], name="dense_shape")
sp = tf.SparseTensor(indices, values, dense_shape)
a = tf.sparse_reduce_sum(sp, axis=0, keep_dims=True)
b = tf.sparse_reduce_sum(sp)
c = tf.sparse.reduce_sum(sp, axis=-1)
known = tf.SparseTensor([[0, 1], [2, 0]], [1.0, 2.0], [3, 4])
d = tf.sparse_reduce_sum(known, axis=1, keep_dims=True)
e = tf.sparse_reduce_sum(known, 0)
t = tf.transpose(a)
print(a.shape, b.shape, c.shape, d.shape, e.shape, t.shape)
g = tf.gradients(tf.reduce_sum(c * 3.0), values)[0]
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [x.name for x in op.inputs])
feed = {indices: [[0, 0], [1, 2], [1, 0], [0, 0]], values: [1.0, 2.0, 3.0, 4.0], dense_shape: [2, 3]}
with tf.Session() as sess:
    for r in sess.run([a, b, c, d, e, t, g], feed):
        print(r)
    try:
        sess.run(tf.sparse_reduce_sum(sp, axis=5), feed)
    except tf.errors.InvalidArgumentError as err:
        print("Invalid reduction dimension 5, for input with 2 dimensions." in err.message)
