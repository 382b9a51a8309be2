# A session runs a float division by a constant as a multiplication by the folded reciprocal
# (Grappler's constant folding, ReduceDivToReciprocalMul): x / 7 differs from the correctly
# rounded quotient in float32's last digit. A division of two constants and a division by a fed
# value stay true divisions.
import numpy as np
import tensorflow as tf

x = tf.placeholder(tf.float32, [None])
d = tf.placeholder(tf.float32, [])
feed = {x: [3.0, 5.0, 6.0, 10.0], d: 7.0}
with tf.Session() as sess:
    for t in [x / 7, 2 * (x / 7) - 1, x / tf.sqrt(49.0), x / d, tf.constant([3.0, 5.0]) / 7.0,
              tf.div(x, 7.0), tf.truediv(x, 7), tf.realdiv(x, tf.constant(7.0)),
              tf.cast(x, tf.float64) / 7, tf.cast(x, tf.int32) / 7, x / tf.cast(tf.shape(x)[0], tf.float32)]:
        value = sess.run(t, feed)
        print(t.op.type, value.dtype, value.tolist())
