import tensorflow as tf

# Rule: the gradient of an axis-0 gather (embedding_lookup) is an IndexedSlices (values, indices,
# dense_shape: GatherV2's gradient); the optimizers update only its rows: GradientDescent by one
# ScatterSub, the others after summing duplicate indices (Unique, UnsortedSegmentSum) by
# Adam's Assign + ScatterAdd chain, SparseApplyMomentum, SparseApplyRMSProp,
# SparseApplyCenteredRMSProp, SparseApplyAdagrad.

emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]], name="emb")
ids = tf.constant([2, 0, 2], name="ids")
e = tf.nn.embedding_lookup(emb, ids)
loss = tf.reduce_sum(e * e)
g = tf.gradients(loss, emb)[0]
print(g)
print(type(g).__name__, g.values.name, g.indices.name, g.dense_shape.name)
before = len(tf.get_default_graph().get_operations())
train = tf.train.AdamOptimizer(0.1).minimize(loss)
sgd = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
mom = tf.train.MomentumOptimizer(0.5, 0.9).minimize(loss)
rms = tf.train.RMSPropOptimizer(0.5).minimize(loss)
crms = tf.train.RMSPropOptimizer(0.5, momentum=0.5, centered=True).minimize(loss)
ada = tf.train.AdagradOptimizer(0.5).minimize(loss)
for op in tf.get_default_graph().get_operations()[before:]:
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([g.values, g.indices, g.dense_shape]))
    for t in (train, sgd, mom, rms, crms, ada):
        sess.run(t)
        print(sess.run(emb))
