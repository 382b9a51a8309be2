# diag_op_test MatrixDiagPartTest testSquare/testRectangular/testOffDiag*, DiagTest, math_ops_test TraceTest, band_part/eye/set_diag.
import tensorflow as tf
import numpy as np
m = tf.constant(np.arange(12, dtype=np.float32).reshape(3, 4))
outs = [tf.matrix_diag([1.0, 2.0]), tf.matrix_diag_part(m), tf.matrix_band_part(m, 0, -1), tf.linalg.band_part(m, 1, 0),
        tf.trace(m), tf.eye(2, 3), tf.eye(2, batch_shape=[2], dtype=tf.int32), tf.matrix_set_diag(m, [7.0, 8.0, 9.0]),
        tf.linalg.diag_part(m, k=1), tf.linalg.diag_part(m, k=-2, name="low"), tf.diag([1, 2]),
        tf.diag_part(tf.constant([[1, 0], [0, 5]])), tf.trace(tf.ones([2, 3, 3]), name="batched"),
        tf.linalg.diag_part(tf.placeholder(tf.float32, [None, 5, 2]))]
print([t.name for t in outs])
print([t.shape.as_list() if t.shape.dims is not None else None for t in outs])
g = tf.gradients(tf.reduce_sum(tf.matrix_diag_part(m) * 3.0) + tf.trace(m), m)[0]
print(g.name, outs[1].op.type, outs[10].op.type, g.op.type)
with tf.Session() as sess:
    for v in sess.run(outs[:-1] + [g]):
        print(v.tolist())
