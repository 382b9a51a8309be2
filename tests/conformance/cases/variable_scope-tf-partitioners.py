# partitioned_variables_test: fixed_size_partitioner, variable_axis_size_partitioner and min_max_variable_partitioner shard counts; shards one longer first.
import tensorflow as tf
p1 = tf.fixed_size_partitioner(3)
with tf.variable_scope("fixed", partitioner=p1):
    v = tf.get_variable("v", [10, 4])
print(v.name, len(v), [x.name + str(x.get_shape().as_list()) for x in v])
p2 = tf.variable_axis_size_partitioner(max_shard_bytes=64)
w = tf.get_variable("w", [10, 4], partitioner=p2)
print(len(w), [x.get_shape().as_list() for x in w])
p3 = tf.min_max_variable_partitioner(max_partitions=4, min_slice_size=32)
u = tf.get_variable("u", [7, 3], partitioner=p3, dtype=tf.float64)
print(len(u), [x.get_shape().as_list() for x in u], u.dtype)
p4 = tf.fixed_size_partitioner(2, axis=1)
z = tf.get_variable("z", [3, 5], partitioner=p4, initializer=tf.zeros_initializer())
print([x.name + str(x.get_shape().as_list()) for x in z])
print(p1(shape=tf.TensorShape([5, 2]), dtype=tf.float32), p2(tf.TensorShape([100, 4]), tf.float32), p3(tf.TensorShape([1000, 100]), tf.float32))
try:
    tf.variable_axis_size_partitioner(0)
except ValueError as e:
    print("ValueError:", e)
