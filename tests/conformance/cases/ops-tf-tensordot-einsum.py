# math_ops_test TensordotTest testInvalidShape/testInvalidAxes/testPartialShapeInference, special_math_ops_test einsum: result shapes, op names, values and errors.
import tensorflow as tf
a = tf.reshape(tf.range(24, dtype=tf.float32), [2, 3, 4])
b = tf.reshape(tf.range(12, dtype=tf.float32), [4, 3])
t1 = tf.tensordot(a, b, 1)
t2 = tf.tensordot(a, b, [[1, 2], [1, 0]])
t3 = tf.tensordot(a, b, axes=0)
p = tf.placeholder(tf.float32, [None, 3, 4])
t4 = tf.tensordot(p, b, [[2], [0]])
e1 = tf.einsum("ij,jk->ik", tf.ones([2, 3]), tf.ones([3, 4]))
e2 = tf.einsum("bij->bji", a)
e3 = tf.einsum("ii", tf.eye(3))
for t in (t1, t2, t3, t4, e1, e2, e3):
    print(t.name, t.get_shape())
with tf.Session() as sess:
    print(sess.run(t2).tolist(), sess.run(e3), sess.run(t1).shape)
for bad in (lambda: tf.tensordot(a, b, [[0], [0]]), lambda: tf.tensordot(a, b, [[1, 2], [0]]), lambda: tf.tensordot(a, b, 4), lambda: tf.einsum("ij,jk->ik", tf.ones([2, 3]), tf.ones([4, 4])), lambda: tf.einsum("ij->ijk", tf.ones([2, 3]))):
    try:
        bad()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:200])
