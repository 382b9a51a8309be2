# saver_test testPartitionedVariables: shards are saved as slices of the full variable's name.
import tensorflow as tf
with tf.variable_scope("s", partitioner=tf.fixed_size_partitioner(2)):
    v = tf.get_variable("v", [5, 2])
w = tf.get_variable("w", [3])
saver = tf.train.Saver()
g = tf.get_default_graph()
with tf.Session() as sess:
    print(sess.run(g.get_tensor_by_name("save/SaveV2/tensor_names:0")))
    print(sess.run(g.get_tensor_by_name("save/SaveV2/shape_and_slices:0")))
    print(sess.run(g.get_tensor_by_name("save/RestoreV2/shape_and_slices:0")))
print([op.name for op in g.get_operations() if op.name.startswith("save/")])
saver2 = tf.train.Saver({"vv": v, "ww": w})
with tf.Session() as sess:
    print(sess.run(g.get_tensor_by_name("save_1/SaveV2/tensor_names:0")))
    print(sess.run(g.get_tensor_by_name("save_1/SaveV2/shape_and_slices:0")))
