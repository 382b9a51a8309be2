# scan_ops_test CumsumTest/CumprodTest test1D/test2D/testAxisType/testExclusive/testReverse/testInvalidAxis.
import tensorflow as tf
import numpy as np
x = tf.constant(np.arange(1, 7, dtype=np.float32).reshape(2, 3))
a = tf.cumsum(x)
b = tf.cumsum(x, axis=1, exclusive=True)
c = tf.cumsum(x, axis=-1, reverse=True, name="rev")
d = tf.cumprod(x, axis=1, exclusive=True, reverse=True)
e = tf.math.cumsum(x, axis=tf.constant(0, tf.int64))
print(a.name, b.name, c.name, d.name, e.name, a.shape)
g = tf.gradients(tf.reduce_sum(d * x), x)[0]
print(g.name)
try:
    tf.cumsum(x, axis=2)
except ValueError as err:
    print("ValueError:", str(err).splitlines()[0])
with tf.Session() as sess:
    for t in [a, b, c, d, e, g]:
        print(sess.run(t).tolist())
