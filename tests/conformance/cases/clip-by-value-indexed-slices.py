import tensorflow as tf

# Rule: tf.clip_by_value of an IndexedSlices (an embedding_lookup gradient) clips its values and
# returns an IndexedSlices with the same indices and dense_shape, so the optimizer still applies
# a sparse update (Adam's Unique/UnsortedSegmentSum/ScatterAdd chain), no dense conversion.

emb = tf.Variable([[1.0, -2.0], [3.0, 4.0], [-5.0, 6.0]], name="emb")
ids = tf.constant([2, 0, 2])
loss = tf.reduce_sum(tf.square(tf.nn.embedding_lookup(emb, ids)))
opt = tf.train.AdamOptimizer(0.1)
grads_and_vars = opt.compute_gradients(loss)
clipped = [[tf.clip_by_value(g, -5.0, 5.0), v] for g, v in grads_and_vars]
print([type(g).__name__ for g, _ in clipped], clipped[0][0].values.name, clipped[0][0].indices.name)
train = opt.apply_gradients(clipped)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(clipped[0][0].values))
    sess.run(train)
    print(sess.run(emb))
