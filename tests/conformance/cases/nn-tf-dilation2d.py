# dilation_ops_test DilationTest testDilationValidPadding/testDilationSamePaddingStride/testDilationGrad*:
# tf.nn.dilation2d names, static shapes, values, gradients and shape errors.
import tensorflow as tf
import numpy as np
x = tf.constant(np.arange(1*5*5*2, dtype=np.float32).reshape(1, 5, 5, 2) % 7)
f = tf.constant(np.array([[[0.5, 1.0], [0.0, -1.0]], [[1.5, 0.0], [0.25, 2.0]]], np.float32))
d = tf.nn.dilation2d(x, f, strides=[1, 1, 1, 1], rates=[1, 1, 1, 1], padding="VALID")
d2 = tf.nn.dilation2d(x, f, strides=[1, 2, 2, 1], rates=[1, 2, 2, 1], padding="SAME", name="dil")
d3 = tf.nn.dilation2d(tf.placeholder(tf.float32, [None, 7, None, 2]), f, [1, 1, 1, 1], [1, 3, 1, 1], "VALID")
print(d.name, d.shape, d2.name, d2.shape, d3.shape)
gx, gf = tf.gradients(tf.reduce_sum(d2 * 1.5), [x, f])
print(gx.name, gx.shape, gf.name, gf.shape)
try:
    tf.nn.dilation2d(x, tf.ones([2, 2, 3]), [1, 1, 1, 1], [1, 1, 1, 1], "VALID")
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:100])
try:
    tf.nn.dilation2d(x, f, [1, 1, 1], [1, 1, 1, 1], "VALID")
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:100])
with tf.Session() as s:
    dv, d2v, gxv, gfv = s.run([d, d2, gx, gf])
    print(dv[0, ..., 0]); print(d2v[0, ..., 1]); print(gxv[0, ..., 0]); print(gfv)
