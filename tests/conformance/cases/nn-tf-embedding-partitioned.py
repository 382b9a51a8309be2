# embedding_ops_test: lookups over a partitioned variable with the "div" strategy match the concatenated table; sparse-safe names; errors.
import tensorflow as tf
with tf.variable_scope("emb", partitioner=tf.fixed_size_partitioner(3)):
    table = tf.get_variable("table", [10, 4], initializer=tf.random_uniform_initializer())
ids = tf.constant([0, 4, 9, 3])
div = tf.nn.embedding_lookup(table, ids, partition_strategy="div")
mod = tf.nn.embedding_lookup(table, ids, partition_strategy="mod", name="modlookup")
print(div, mod)
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("embedding_lookup/")][:16])
try:
    tf.nn.embedding_lookup(table, ids, partition_strategy="bad")
except ValueError as e:
    print("ValueError:", e)
try:
    tf.nn.embedding_lookup([], ids)
except ValueError as e:
    print("ValueError:", e)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    whole = sess.run(table.as_tensor())
    print(bool((sess.run(div) == whole[[0, 4, 9, 3]]).all()), sess.run(div).shape)
