# linalg norm_op_test: tf.norm names, shapes and values for vector/matrix ords and axes, keepdims, and argument errors.
import numpy as np
import tensorflow as tf
x = tf.constant([[3.0, -4.0], [1.0, 2.0]])
rs = [tf.norm(x), tf.norm(x, axis=1), tf.norm(x, ord=1, axis=0), tf.norm(x, ord=np.inf, axis=1, keepdims=True),
      tf.norm(x, ord=3, axis=1), tf.norm(x, ord="fro", axis=(0, 1)), tf.norm(x, ord=1, axis=[0, 1]),
      tf.norm(x, ord=np.inf, axis=(0, 1)), tf.norm(x, name="mynorm", keep_dims=True)]
for r in rs:
    print(r.name, r.shape)
for kw in [{"ord": -1}, {"ord": "nuc", "axis": (0, 1)}, {"axis": (0, 0)}, {"axis": "a"}, {"ord": 0.5, "axis": (0, 1)}]:
    try:
        tf.norm(x, **kw)
    except ValueError as e:
        print("ValueError:", e)
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("norm_3/")])
with tf.Session() as sess:
    print([np.round(v, 4).tolist() for v in sess.run(rs)])
