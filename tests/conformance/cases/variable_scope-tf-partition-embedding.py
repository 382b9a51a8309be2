# embedding_lookup over a PartitionedVariable looks up its shards ("mod" strategy) and a Saver saves the shards as slices of one tensor.
import tensorflow as tf
with tf.variable_scope("emb", partitioner=tf.fixed_size_partitioner(3)):
    table = tf.get_variable("table", [10, 4], initializer=tf.random_uniform_initializer())
ids = tf.constant([0, 4, 9])
looked = tf.nn.embedding_lookup(table, ids)
print(looked)
print([op.name for op in tf.get_default_graph().get_operations()][-20:])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    whole = sess.run(table.as_tensor())
    print(bool((sess.run(looked) == whole[[0, 4, 9]]).all()))
