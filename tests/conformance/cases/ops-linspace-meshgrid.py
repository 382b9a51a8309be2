import numpy as np
import tensorflow as tf
x = tf.linspace(-1.0, 1.0, 5)
y = tf.linspace(0.0, 2.0, tf.constant(3), name="ys")
a, b = tf.meshgrid(x, y)
n = tf.placeholder(tf.int32, [], name="n")
dyn = tf.lin_space(1.0, 4.0, n)
nd = tf.linspace([0., 5.], [10., 40.], 5, axis=-1)
nd0 = tf.linspace(tf.constant([[0.], [1.]]), 3.0, 4)
i, j, k = tf.meshgrid(tf.range(2), [1, 2, 3], tf.constant([7, 8]), indexing="ij", name="grid")
p = tf.placeholder(tf.float32, [None])
g1, g2 = tf.meshgrid(p, x)
bs = tf.broadcast_dynamic_shape(tf.shape(p), tf.constant([1, 3]))
for t in [x, y, a, b, dyn, nd, nd0, i, g1, g2, bs]:
    print(t.name, t.shape)
with tf.Session() as s:
    for v in s.run([x, y, a, b, nd, nd0, i, j, k]):
        print(v.dtype, v.tolist())
    print(s.run([dyn, g1, bs], {n: 4, p: [1.0, 2.0, 3.0]}))
    print(s.run(dyn, {n: 1}), s.run(dyn, {n: 0}))
for bad in ("xx",):
    try:
        tf.meshgrid(x, y, indexing=bad)
    except ValueError as e:
        print("ValueError", e)
try:
    tf.linspace(0.0, 1.0, 2.5)
except TypeError as e:
    print("TypeError", str(e)[:60])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
