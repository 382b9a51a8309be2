# tf.nn.sparse_softmax_cross_entropy_with_logits with rank > 2 and static shapes: shape()[rank - 1] strided slice,
# reshapes to 2-D / 1-D and back; values; the labels-shape error.
import tensorflow as tf
z = tf.placeholder(tf.float32, [2, 3, 4])
h = tf.nn.sparse_softmax_cross_entropy_with_logits(logits=z, labels=tf.zeros([2, 3], tf.int32))
k = tf.nn.sparse_softmax_cross_entropy_with_logits(logits=tf.ones([2, 2, 3, 5]), labels=tf.ones([2, 2, 3], tf.int64), name="k")
print(h, k)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
with tf.Session() as s:
    print(s.run(h, {z: [[[1., 1., 1., 1.], [0., 0., 0., 0.], [2., 2., 2., 2.]]] * 2}))
    print(s.run(k))
try:
    tf.nn.sparse_softmax_cross_entropy_with_logits(logits=z, labels=tf.zeros([2, 4], tf.int32))
except ValueError as e:
    print(e)
