import tensorflow as tf

# Rule: AdadeltaOptimizer applies an IndexedSlices gradient (embedding_lookup's) with one
# SparseApplyAdadelta on the rows, after summing duplicate indices (Unique, UnsortedSegmentSum);
# each row follows ApplyAdadelta's update.

emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]], name="emb")
dense = tf.Variable([0.5, -1.5], name="dense")
ids = tf.constant([2, 0, 2], name="ids")
e = tf.nn.embedding_lookup(emb, ids)
loss = tf.reduce_sum(e * e * dense)
before = len(tf.get_default_graph().get_operations())
opt = tf.train.AdadeltaOptimizer(learning_rate=0.5, rho=0.9, epsilon=1e-6)
grads = opt.compute_gradients(loss)
gradients, variables = zip(*grads)
capped, norm = tf.clip_by_global_norm(gradients, 5.0)
train = opt.apply_gradients(zip(capped, variables))
for op in tf.get_default_graph().get_operations()[before:]:
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        sess.run(train)
        print(sess.run(emb).tolist(), sess.run(dense).tolist())
    print(sess.run([opt.get_slot(emb, "accum"), opt.get_slot(emb, "accum_update")]))
