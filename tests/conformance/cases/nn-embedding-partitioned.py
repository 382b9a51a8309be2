# tf.nn.embedding_lookup over partitioned params (a list of shards), "mod" and "div" strategies: the flattened ids split by DynamicPartition, a GatherV2 per shard, ParallelDynamicStitch named as the scope, the reshape back (static shape from the ids'); values; an unknown strategy's error.
import tensorflow as tf
p0 = tf.constant([[0., 1.], [2., 3.], [4., 5.]], name="p0")
p1 = tf.constant([[10., 11.], [12., 13.]], name="p1")
ids = tf.placeholder(tf.int32, [2, 2], name="ids")
flat = tf.placeholder(tf.int32, [None], name="flat")
a = tf.nn.embedding_lookup([p0, p1], ids)
b = tf.nn.embedding_lookup([p0, p1], flat, partition_strategy="div", name="divided")
print(a, b)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
try:
    tf.nn.embedding_lookup([p0, p1], flat, partition_strategy="sum")
except ValueError as e:
    print(e)
with tf.Session() as s:
    print(s.run([a, b], {ids: [[0, 3], [4, 1]], flat: [0, 2, 4, 1]}))
