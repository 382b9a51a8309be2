# cast_op_test CastOpTest testBasic/testCastToBool/testRandom-free/testNotImplemented-free/testGradients, bitcast_op_test testSmaller.
import tensorflow as tf
import numpy as np
x = tf.constant([-1.7, 0.0, 0.4, 2.6, 300.0])
outs = [tf.cast(x, tf.int32), tf.cast(x, tf.bool), tf.cast(x, tf.uint8, name="u8"), tf.to_float(tf.constant([1, 2])),
        tf.to_int64(x), tf.cast(tf.constant([True, False]), tf.float32), tf.saturate_cast(x, tf.int8),
        tf.cast(x, tf.float32), tf.cast(tf.constant([1, 2], tf.int64), tf.int32)]
print([t.name for t in outs], [t.dtype.name for t in outs])
g = tf.gradients(tf.reduce_sum(tf.cast(x, tf.float64) * 2.0), x)[0]
gi = tf.gradients(tf.reduce_sum(tf.cast(tf.cast(x, tf.int32), tf.float32)), x)[0]
print(g.name, gi)
with tf.Session() as sess:
    for v in sess.run(outs + [g]):
        print(v.tolist())
