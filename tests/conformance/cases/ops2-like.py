# zeros_like of a known shape is one Const named `zeros_like`; ones_like is a Fill with a
# `Shape/shape_as_tensor` Const; unknown shapes use ZerosLike / a Shape op.
import tensorflow as tf
x = tf.constant([[1., 2., 3.], [4., 5., 6.]], name="x")
p = tf.placeholder(tf.float32, [None, 3], name="p")
q = tf.placeholder(tf.int32, name="q")
ts = [tf.zeros_like(x), tf.ones_like(x), tf.zeros_like([1, 2]), tf.ones_like([True, False]),
      tf.zeros_like(x, dtype=tf.int32), tf.zeros_like(p), tf.ones_like(p), tf.zeros_like(p, dtype=tf.int32),
      tf.ones_like(q, name="o"), tf.zeros_like(tf.ones([40, 30]))]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts[:5]))
    print(sess.run(ts[5:8], {p: [[1., 2., 3.]]}))
    print(sess.run(ts[8], {q: [[1, 2]]}))
tf.zeros_like(x, dtype="float33")
