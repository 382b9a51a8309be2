# tf.nn selu, swish (custom-gradient Identity + IdentityN), l2_normalize, l2_loss, xw_plus_b, top_k, in_top_k, crelu, moments: ops, values, errors.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4], name="x")
c = tf.constant([[1., -2., 3., 0.5], [-1., 0., 2., -3.]])
outs = [tf.nn.selu(x), tf.nn.swish(x), tf.nn.l2_normalize(x, axis=1), tf.nn.l2_normalize(x, 0, epsilon=1e-3, name="n2"),
        tf.nn.l2_loss(x), tf.nn.xw_plus_b(x, tf.ones([4, 2]), tf.zeros([2])),
        tf.nn.top_k(x, 2), tf.nn.in_top_k(x, tf.constant([1, 2]), 2), tf.nn.crelu(x)]
m = tf.nn.moments(x, axes=[0])
m2 = tf.nn.moments(x, axes=[0, 1], keep_dims=True, name="mm")
v, i = outs[6]
print(outs[:6], v, i, outs[7:], m, m2)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
with tf.Session() as s:
    xv = [[1., -2., 3., 0.5], [-1., 0., 2., -3.]]
    print(s.run(outs[:6] + [v, i] + outs[7:] + list(m) + list(m2), {x: xv}))
    print(s.run(list(tf.nn.top_k(tf.constant([[1, 3, 3, 2]]), 3))))
    print(s.run(tf.nn.in_top_k(tf.constant([[0.1, 0.5, 0.5], [1., float("nan"), 0.]]), [2, 0], 1)))
for f in [lambda: tf.nn.top_k(x, 5), lambda: tf.nn.top_k(x, -1), lambda: tf.nn.in_top_k(x, tf.zeros([3], tf.int32), 1),
          lambda: tf.nn.moments(x, axes=[2]), lambda: tf.nn.xw_plus_b(x, tf.ones([3, 2]), tf.zeros([2]))]:
    try:
        f()
    except ValueError as e:
        print(e)
