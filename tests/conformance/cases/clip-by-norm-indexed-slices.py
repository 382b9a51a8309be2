# tf.clip_by_norm on an embedding's gradient (an IndexedSlices) clips its values and returns an
# IndexedSlices again, so the sparse update survives; a later convert_to_tensor densifies it.
import tensorflow as tf

emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [0.5, 0.5]], name="emb")
ids = tf.placeholder(tf.int32, [None], name="ids")
loss = tf.reduce_sum(tf.nn.embedding_lookup(emb, ids) * 3.0)
opt = tf.train.GradientDescentOptimizer(0.1)
(g, v), = opt.compute_gradients(loss)
clipped = tf.clip_by_norm(g, 2.0)
print(type(g).__name__, type(clipped).__name__, clipped.values.name, clipped.indices.name)
dense = tf.convert_to_tensor(tf.clip_by_norm(g, 1.0, name="again"), name="dense")
print(type(dense).__name__, dense.name)
train = opt.apply_gradients([(clipped, v)])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(dense, {ids: [0, 2]}).round(4).tolist())
    sess.run(train, {ids: [0, 2]})
    print(sess.run(emb).round(4).tolist())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
