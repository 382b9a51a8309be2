# tf.eye: in `eye/`, a square eye is `ones` on a diagonal (MatrixDiagV3 named `diag`, with its k,
# num_rows, num_cols and padding_value Consts); a non-square one sets the ones into `zeros`
# (MatrixSetDiagV3 named `set_diag`). tf.linalg.diag / tf.matrix_set_diag are those ops alone.
import tensorflow as tf
ts = [tf.eye(3), tf.eye(2, 4, dtype=tf.int32), tf.eye(2, batch_shape=[2], name="be"), tf.linalg.diag([1., 2.]),
      tf.matrix_diag([[1, 2], [3, 4]]), tf.matrix_set_diag(tf.zeros([3, 2]), [5., 6.]), tf.linalg.diag([1, 2], k=1)]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
try:
    tf.eye(2.5)
except TypeError as error:
    print(error)
