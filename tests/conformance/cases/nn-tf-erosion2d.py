# dilation_ops_test ErosionTest testErosionValidPadding/testErosionSamePaddingStride/testErosionGrad*: tf.nn.erosion2d's
# duality (Neg, ReverseV2, Dilation2D named after the scope, Neg) and its gradients.
import tensorflow as tf
import numpy as np
x = tf.constant(np.arange(1*5*5*2, dtype=np.float32).reshape(1, 5, 5, 2) % 7)
k = tf.constant(np.array([[[0.5, 1.0], [0.0, -1.0]], [[1.5, 0.0], [0.25, 2.0]]], np.float32))
e = tf.nn.erosion2d(x, k, [1, 1, 1, 1], [1, 1, 1, 1], "VALID")
e2 = tf.nn.erosion2d(x, k, [1, 2, 2, 1], [1, 1, 1, 1], "SAME", name="ero")
print(e.name, e.shape, e2.name, sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("erosion2d")))
g = tf.gradients(tf.reduce_sum(e), [x, k])
print([t.name for t in g])
with tf.Session() as s:
    print(s.run(e)[0, ..., 0]); print(s.run(e2)[0, ..., 1]); print(s.run(g[1]))
