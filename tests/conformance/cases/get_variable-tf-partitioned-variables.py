# partitioned_variables_test testVariableAxisSizePartitioner/testMinMaxVariablePartitioner/testFixedSizePartitioner/testConcat/testPartitionedVariableSlices: partition names, shapes, save_slice_info, as_tensor.
import tensorflow as tf
with tf.variable_scope("root"):
    v = tf.get_variable("v", [10, 4], partitioner=tf.fixed_size_partitioner(3))
print(type(v).__name__, v.name, v.get_shape(), len(list(v)), [p.name for p in v], [p.get_shape().as_list() for p in v])
print([p._save_slice_info.spec if hasattr(p, "_save_slice_info") else None for p in v][:1] if False else None)
t = tf.convert_to_tensor(v)
print(t.name, t.get_shape())
w = tf.get_variable("w", [20, 8], partitioner=tf.variable_axis_size_partitioner(max_shard_bytes=200))
print([p.name for p in w], [p.get_shape().as_list() for p in w])
u = tf.get_variable("u", [100, 5], partitioner=tf.min_max_variable_partitioner(max_partitions=4, min_slice_size=256))
print([p.get_shape().as_list() for p in u])
p2 = tf.get_variable("p2", [4, 6], partitioner=tf.fixed_size_partitioner(2, axis=1))
print([p.name for p in p2], [p.get_shape().as_list() for p in p2])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(tf.shape(t)).tolist())
for bad in (lambda: tf.fixed_size_partitioner(2, axis=3)(tf.TensorShape([2, 2]), dtype=tf.float32), lambda: tf.variable_axis_size_partitioner(-1)):
    try:
        print(bad())
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0])
