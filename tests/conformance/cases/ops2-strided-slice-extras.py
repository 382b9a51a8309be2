# Indexing with a bool tensor (or a Python bool) is tf.boolean_mask (`boolean_mask/` ops); a
# tf.strided_slice without strides first makes `ones_like(begin)` (ones_like/Shape, Const, Fill)
# outside the StridedSlice op.
import tensorflow as tf
x = tf.constant([[1, 2], [3, 4], [5, 6]], name="x")
m = tf.constant([True, False, True], name="m")
ts = [x[m], x[tf.placeholder(tf.bool, [3])], tf.strided_slice(x, [0, 1], [2, 2]), tf.strided_slice(x, [1], [3], name="ss")]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run([ts[0], ts[2], ts[3]]))
try:
    x[True]
except ValueError as error:
    print(error)
