import tensorflow as tf

# Rule: an IndexedSlices gradient reaching an op that needs a dense tensor (Mul, ReluGrad) is
# converted inside that op's scope, named after the input it feeds (Mul/x, ReluGrad/gradients):
# UnsortedSegmentSum of its values over dense_shape[0] rows.
emb = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="emb")
scaled = emb * 2.0
a = tf.gather(scaled, [2, 0])
b = tf.gather(tf.nn.relu(emb), [1])
loss = tf.reduce_sum(a) + tf.reduce_sum(b)
before = len(tf.get_default_graph().get_operations())
g = tf.gradients(loss, emb)[0]
for op in tf.get_default_graph().get_operations()[before:]:
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    print(sess.run(g))
