# tf.eye with sizes given as tensors (linalg_ops_impl.eye): the diagonal size is a Minimum, the
# shapes ConcatV2 of the batch shape and the sizes; non-square eyes set ones into zeros.
import tensorflow as tf
labels = tf.placeholder(tf.int32, [None], name="labels")
n = tf.shape(labels)[0]
a = tf.eye(n)
b = tf.eye(n, 3, dtype=tf.int32)
c = tf.eye(2, batch_shape=tf.constant([2]))
d = tf.eye(3, n, batch_shape=[1], name="rect")
print(a.shape, b.shape, c.shape, d.shape, a.dtype, b.dtype)
with tf.Session() as sess:
    print(sess.run([a, b, c, d], {labels: [4, 5]}))
    print(sess.run(tf.cast(a, tf.bool), {labels: [1, 2, 3]}))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
