import tensorflow as tf

# Rule: two IndexedSlices gradients of one tensor aggregate into one IndexedSlices of the
# concatenated values and indices; with a dense gradient too they are summed by one AddN, which
# converts each IndexedSlices (UnsortedSegmentSum over dense_shape[0] rows) inside its scope.

emb = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="emb")
a = tf.gather(emb, [2, 0])
b = tf.gather(emb, [1, 1, 2])
sparse_loss = tf.reduce_sum(a * 3.0) + tf.reduce_sum(b)
mixed_loss = sparse_loss + tf.reduce_sum(emb * emb)
graph = tf.get_default_graph()
before = len(graph.get_operations())
g_sparse = tf.gradients(sparse_loss, emb)[0]
g_mixed = tf.gradients(mixed_loss, emb)[0]
for op in graph.get_operations()[before:]:
    print(op.name, op.type, [t.name for t in op.inputs])
print(g_sparse)
print(g_mixed)
with tf.Session() as sess:
    print(sess.run([g_sparse.values, g_sparse.indices]))
    print(sess.run(g_mixed))
    print(sess.run(tf.convert_to_tensor(g_sparse)))
