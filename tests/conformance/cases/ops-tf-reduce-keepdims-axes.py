# reduction_ops_test SumReductionTest testAxesType/testInvalidIndex/testKeepDims/testEmpty/testNegativeAxes, reduce_all/any/logsumexp.
import tensorflow as tf
import numpy as np
x = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
a = tf.reduce_sum(x, axis=[0, 2], keepdims=True)
b = tf.reduce_mean(x, axis=-1)
c = tf.reduce_max(x, axis=(1, -1))
d = tf.reduce_prod(x + 1, axis=[], name="noaxes")
e = tf.reduce_sum(x, axis=tf.constant([1], tf.int64))
f = tf.reduce_min(tf.zeros([0, 3]), axis=0)
g = tf.reduce_sum(tf.zeros([0, 3]))
h = tf.reduce_logsumexp(x, axis=1, keepdims=True)
k = tf.reduce_all(x > 2, axis=0)
l = tf.reduce_any(x > 22)
m = tf.reduce_sum(x, keep_dims=True)
ph = tf.reduce_sum(tf.placeholder(tf.float32, [None, 3]), axis=tf.placeholder(tf.int32))
for t in [a, b, c, d, e, f, g, h, k, l, m, ph]:
    print(t.name, t.shape, t.dtype)
for axis in [3, -4, [0, 0]]:
    try:
        tf.reduce_sum(x, axis=axis)
        print("ok", axis)
    except ValueError as err:
        print("ValueError:", str(err).splitlines()[0])
with tf.Session() as sess:
    for t in [a, b, c, e, f, g, k, l, m]:
        print(sess.run(t).tolist())
    print(np.round(sess.run(h), 3).tolist(), sess.run(d).shape)
