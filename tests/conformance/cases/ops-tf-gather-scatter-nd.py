# array_ops_test / gather_nd_op_test / scatter_nd_ops_test: gather_nd, scatter_nd, unique, setdiff1d, meshgrid names, shapes, values and errors.
import tensorflow as tf
params = tf.reshape(tf.range(12), [3, 4])
g1 = tf.gather_nd(params, [[0, 1], [2, 3]])
g2 = tf.gather_nd(params, [[1], [0]])
s1 = tf.scatter_nd([[1], [3]], [9, 10], [5])
s2 = tf.scatter_nd([[0, 1]], [[5.0]], [2, 2, 1])
u, ui = tf.unique(tf.constant([1, 1, 2, 4, 4, 4, 7, 8, 8]))
d, di = tf.setdiff1d(tf.constant([1, 2, 3, 4, 5, 6]), tf.constant([1, 3, 5]))
mx, my = tf.meshgrid(tf.constant([1, 2, 3]), tf.constant([4, 5]))
for t in (g1, g2, s1, s2, u, ui, d, di, mx, my):
    print(t.name, t.get_shape(), t.dtype)
with tf.Session() as sess:
    for v in sess.run([g1, g2, s1, s2, u, ui, d, di, mx, my]):
        print(v.tolist())
for bad in (lambda: tf.gather_nd(params, [[0, 1, 2]]), lambda: tf.scatter_nd([[1]], [1, 2], [5]), lambda: tf.scatter_nd([[1]], [1.0], [-1])):
    try:
        bad()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:200])
