# saver_test testPartitionedVariables/testSaveRestorePartitioned-free, partitioned_variables_test testFixedSizePartitioner/testVariableAxisSizePartitioner.
import tensorflow as tf
with tf.variable_scope("emb", partitioner=tf.fixed_size_partitioner(3)):
    e = tf.get_variable("table", [10, 4], initializer=tf.ones_initializer())
w = tf.get_variable("w", [8, 6], partitioner=tf.variable_axis_size_partitioner(max_shard_bytes=64))
m = tf.get_variable("m", [7, 2], partitioner=tf.min_max_variable_partitioner(max_partitions=4, min_slice_size=16))
print(type(e).__name__, [v.name for v in e], [v.shape.as_list() for v in e])
print([v.name for v in w], [v.shape.as_list() for v in w])
print([v.name for v in m])
print([v.name for v in e.get_variable_list()] if hasattr(e, "get_variable_list") else None)
saver = tf.train.Saver()
print(len(tf.global_variables()), saver.saver_def.filename_tensor_name, saver.saver_def.save_tensor_name)
print(e.get_shape(), tf.convert_to_tensor(e).name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(tf.reduce_sum(e.as_tensor())), sess.run(tf.shape(w.as_tensor())).tolist())
