# gather_nd_op_test testSimpleDtype/testHigherRankParams/testEmptyIndices and scatter_nd_ops_test testScatterNdAdd/Sub,
# TensorScatterUpdate/Add/Sub (values, names, gradients); state_ops hands `name` to bad_indices_policy (fails when run).
import tensorflow as tf
import numpy as np
params = tf.constant(np.arange(24).reshape(2, 3, 4))
g1 = tf.gather_nd(params, [[0, 1], [1, 2]])
g2 = tf.gather_nd(params, [[[0, 1, 2]], [[1, 0, 3]]], name="deep")
g3 = tf.gather_nd(params, tf.zeros([0, 2], tf.int32))
g4 = tf.gather_nd(params, [1])
print(g1.name, g1.shape, g2.name, g2.shape, g3.shape, g4.shape)
ref = tf.Variable(tf.zeros([5], tf.int32), name="ref")
add = tf.scatter_nd_add(ref, [[1], [3], [1]], [10, 20, 30])
sub = tf.scatter_nd_sub(ref, [[0]], [5])
upd = tf.scatter_nd_update(ref, [[4]], [99])
named = tf.scatter_nd_add(ref, [[0]], [1], name="minus")
t = tf.tensor_scatter_nd_update(tf.ones([4], tf.int32), [[0], [2]], [7, 8])
base = tf.constant([[1.0, 2.0], [3.0, 4.0]])
ups = tf.constant([10.0, 20.0])
ta = tf.tensor_scatter_nd_add(base, [[0, 0], [1, 1]], ups)
ts = tf.tensor_scatter_sub(base, [[1]], [[5.0, 5.0]], name="minus2")
tu = tf.tensor_scatter_update(base, [[0, 1], [1, 0]], ups)
print(add.name, add.op.type, sub.name, upd.name, named.name, t.name, t.shape, ta.name, ta.op.type, ts.name, ts.op.type, tu.op.type)
grads = tf.gradients(tf.reduce_sum(ta * ta) + tf.reduce_sum(ts * 3.0) + tf.reduce_sum(tu * tu), [base, ups])
print([gr.name for gr in grads])
try:
    tf.tensor_scatter_nd_update(base, [[0, 0]], [[1.0, 2.0]])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:140])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([g1, g2, g4]))
    print(sess.run(g3).shape)
    print(sess.run(add).tolist(), sess.run(sub).tolist(), sess.run(upd).tolist())
    print(sess.run(t).tolist(), sess.run([ta, ts, tu]), sess.run(grads))
    try:
        sess.run(named)
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError:", e.message.splitlines()[0])
    try:
        sess.run(tf.tensor_scatter_nd_update(base, [[5, 0]], ups[:1]))
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError:", e.message.splitlines()[0])
