# partitioned_variables_test: assign / assign_add / assign_sub on a PartitionedVariable split the value along the partition axis, one update per shard.
import tensorflow as tf
with tf.variable_scope("s", partitioner=tf.fixed_size_partitioner(2)):
    v = tf.get_variable("v", [3, 2], initializer=tf.zeros_initializer())
ops = v.assign(tf.ones([3, 2]))
adds = v.assign_add([tf.ones([2, 2]), tf.ones([1, 2])])
try:
    v.assign_add(tf.ones([3, 2]), read_value=False)
except AttributeError as e:
    print("AttributeError:", e)
subs = v.assign_sub(tf.ones([3, 2]) * 0.5)
print([o.name for o in ops], [o.name for o in adds], [o.name for o in subs])
print([op.name for op in tf.get_default_graph().get_operations()][-12:])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(ops)
    sess.run(adds)
    sess.run(subs)
    print(sess.run(v.as_tensor()).tolist())
