import tensorflow as tf

# Rule: reducing some axes of a tensor with an unknown dimension, Sum's gradient
# reshapes to math_ops.reduced_shape (Size, add, mod, Shape, range, ones,
# DynamicStitch) and broadcasts with BroadcastTo; Max's gradient uses the same shape.

x = tf.placeholder(tf.float32, [None, 3], name="x")
y = -tf.reduce_sum(x * tf.log(x), reduction_indices=[1])
loss = tf.reduce_mean(y) + tf.reduce_sum(tf.reduce_max(x, axis=1))
g = tf.gradients(loss, x)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
print(g)
with tf.Session() as s:
    print(s.run(g, feed_dict={x: [[0.25, 0.5, 0.25], [0.1, 0.7, 0.2]]}))
