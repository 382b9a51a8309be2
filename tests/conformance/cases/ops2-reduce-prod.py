# tf.reduce_prod is a Prod op with its reduction_indices Const, like reduce_sum.
import tensorflow as tf
x = tf.constant([[1., 2., 3.], [4., 5., 6.]], name="x")
ts = [tf.reduce_prod(x), tf.reduce_prod(x, 0), tf.reduce_prod(x, 1, keepdims=True),
      tf.reduce_prod([2, 3, 4]), tf.math.reduce_prod(x, axis=[0, 1], name="all"),
      tf.reduce_max(x, 0), tf.reduce_min(x, reduction_indices=1)]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
tf.reduce_prod(x, 2)
