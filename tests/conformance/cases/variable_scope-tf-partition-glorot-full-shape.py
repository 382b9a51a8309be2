# A shard's glorot_uniform limit comes from the full variable's fans (partition_info.full_shape), not the shard's.
import tensorflow as tf
v = tf.get_variable("v", [6, 4], partitioner=tf.fixed_size_partitioner(3))
w = tf.get_variable("w", [6, 4], partitioner=tf.fixed_size_partitioner(2), initializer=tf.variance_scaling_initializer(mode="fan_out", distribution="uniform"))
g = tf.get_default_graph()
with tf.Session() as sess:
    print(sess.run(g.get_tensor_by_name("v/part_0/Initializer/random_uniform/max:0")),
          sess.run(g.get_tensor_by_name("w/part_1/Initializer/random_uniform/max:0")))
seen = []
def init(shape, dtype=None, partition_info=None):
    seen.append((shape, partition_info.full_shape, partition_info.var_offset))
    return tf.zeros(shape, dtype)
u = tf.get_variable("u", [5, 2], partitioner=tf.fixed_size_partitioner(2), initializer=init)
print(seen)
