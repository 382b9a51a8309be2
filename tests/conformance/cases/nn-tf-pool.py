# pooling_test PoolingTest testPoolSimple/testPoolNC/testPool1D/testPool3D/testPoolDilated and its ValueErrors:
# tf.nn.pool's scope, dilation_rate constant, space-to-batch names, values and gradient.
import tensorflow as tf
import numpy as np
x = tf.constant(np.arange(1*5*5*2, dtype=np.float32).reshape(1, 5, 5, 2))
p = tf.nn.pool(x, window_shape=[2, 2], pooling_type="MAX", padding="SAME", strides=[2, 2])
q = tf.nn.pool(x, window_shape=[3, 3], pooling_type="AVG", padding="VALID")
r = tf.nn.pool(x, window_shape=[2, 2], pooling_type="MAX", padding="VALID", dilation_rate=[2, 2])
x1 = tf.constant(np.arange(1*6*2, dtype=np.float32).reshape(1, 6, 2))
o = tf.nn.pool(x1, window_shape=[2], pooling_type="AVG", padding="VALID", strides=[2], name="one")
x3 = tf.ones([1, 4, 4, 4, 1])
t = tf.nn.pool(x3, [2, 2, 2], "MAX", "VALID", strides=[2, 2, 2])
print(p.name, p.shape, q.name, q.shape, r.name, r.shape, o.name, o.shape, t.name, t.shape)
print(sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith(("max_pool", "one"))))
for kwargs in [dict(window_shape=[2, 2], pooling_type="MAX", padding="SAME", dilation_rate=[2, 2]),
               dict(window_shape=[2, 2], pooling_type="MAX", padding="VALID", strides=[3, 3]),
               dict(window_shape=[2, 2], pooling_type="MAX", padding="VALID", strides=[2, 2], dilation_rate=[2, 2]),
               dict(window_shape=[2, 2, 2, 2], pooling_type="MAX", padding="VALID"),
               dict(window_shape=[2, 2], pooling_type="MIN", padding="VALID")]:
    try:
        tf.nn.pool(x, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
g = tf.gradients(tf.reduce_sum(r), x)[0]
print(g.name)
with tf.Session() as s:
    pv, qv, rv, ov, tv, gv = s.run([p, q, r, o, t, g])
    print(pv[0, ..., 0]); print(qv[0, ..., 1]); print(rv[0, ..., 0]); print(ov[0]); print(tv.shape, tv.sum()); print(gv[0, ..., 0])
