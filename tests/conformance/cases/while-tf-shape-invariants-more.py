# control_flow_ops_py_test testWhileShapeInference/testWhileShapeInvariantTensorSpec-free/testWhileWithNonTensorInput_Vector: shape_invariants.
import tensorflow as tf
i0 = tf.constant(0)
m0 = tf.ones([2, 2])
cond = lambda i, m: i < 3
body = lambda i, m: [i + 1, tf.concat([m, m], axis=0)]
r = tf.while_loop(cond, body, [i0, m0], shape_invariants=[i0.get_shape(), tf.TensorShape([None, 2])])
print([t.name for t in r], r[1].shape)
try:
    tf.while_loop(cond, body, [i0, m0])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:150])
r2 = tf.while_loop(lambda i, s: i < 4, lambda i, s: (i + 1, tf.concat([s, [i]], 0)), (tf.constant(0), tf.zeros([0], tf.int32)),
                   shape_invariants=(tf.TensorShape([]), tf.TensorShape([None])), name="grow")
print(r2[1].name, r2[1].shape)
try:
    tf.while_loop(cond, body, [i0, m0], shape_invariants=[i0.get_shape(), tf.TensorShape([None, 3])])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:150])
with tf.Session() as sess:
    print(sess.run(r[1]).shape, sess.run(r2[1]).tolist())
