# embedding_ops_test testSimple/testShardedModPartitioning names/testHigherRank/testMaxNorm/testSafeEmbeddingLookupSparse-free parts: lookup op names, shapes, values; a partitioned list of params.
import tensorflow as tf
params = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]], name="params")
ids = tf.constant([[0, 3], [2, 2]], name="ids")
e = tf.nn.embedding_lookup(params, ids)
print(e.name, e.get_shape(), e.op.type)
v = tf.Variable(params, name="emb")
ev = tf.nn.embedding_lookup(v, tf.constant([1, 0]))
print(ev.name, ev.op.type, [i.name for i in ev.op.inputs])
shards = [tf.constant([[1.0], [2.0]], name="s0"), tf.constant([[3.0], [4.0]], name="s1")]
es = tf.nn.embedding_lookup(shards, tf.constant([0, 1, 2, 3]))
ed = tf.nn.embedding_lookup(shards, tf.constant([0, 1, 2, 3]), partition_strategy="div")
print(es.name, ed.name, es.get_shape())
mn = tf.nn.embedding_lookup(params, tf.constant([3]), max_norm=1.0)
print(mn.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(e).tolist(), sess.run(ev).tolist())
    print(sess.run(es).tolist(), sess.run(ed).tolist(), sess.run(mn).round(4).tolist())
try:
    tf.nn.embedding_lookup([], ids)
except ValueError as e:
    print("ValueError:", e)
try:
    tf.nn.embedding_lookup(shards, ids, partition_strategy="nope")
except ValueError as e:
    print("ValueError:", e)
