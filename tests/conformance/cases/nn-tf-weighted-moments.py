# nn_test MomentsTest/WeightedMomentsTest testUnweightedMoments-free/testBroadcastedWeights/testFloat16: tf.nn.weighted_moments
# scope, named reductions, DivNoNan quotients, keep_dims and the float16 round trip.
import tensorflow as tf
import numpy as np
x = tf.constant(np.array([[1.0, -2.0, 3.0], [0.5, 4.0, -1.0]], np.float32))
m1, v1 = tf.nn.weighted_moments(x, [1], tf.constant([[1.0], [2.0]]))
m2, v2 = tf.nn.weighted_moments(x, [0, 1], tf.constant([1, 2, 0]), keep_dims=True, name="wm")
m3, v3 = tf.nn.weighted_moments(tf.cast(x, tf.float16), [0], 2.0)
print(m1.name, v1.name, m2.name, v2.name, m3.name, m3.dtype, m1.shape, m2.shape)
print(sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("weighted_moments/")))
with tf.Session() as s:
    print([np.round(v, 4).tolist() for v in s.run([m1, v1, m2, v2, m3, v3])])
