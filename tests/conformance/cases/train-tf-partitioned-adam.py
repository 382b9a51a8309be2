# Training a partitioned variable: gradients flow to each shard through the concat, Adam slots per shard, the Saver names shards' slots as slices.
import tensorflow as tf
with tf.variable_scope("s", partitioner=tf.fixed_size_partitioner(2)):
    w = tf.get_variable("w", [3, 2], initializer=tf.ones_initializer())
x = tf.ones([1, 3])
loss = tf.reduce_sum(tf.matmul(x, w))
opt = tf.train.AdamOptimizer(0.1)
step = opt.minimize(loss)
print([v.name for v in tf.global_variables()])
print([g.name for g in tf.gradients(loss, list(w))])
saver = tf.train.Saver()
g = tf.get_default_graph()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(step)
    print(sess.run(w.as_tensor()).round(4).tolist())
    print(sess.run(g.get_tensor_by_name("save/SaveV2/tensor_names:0")).tolist())
    print(sess.run(g.get_tensor_by_name("save/SaveV2/shape_and_slices:0")).tolist())
