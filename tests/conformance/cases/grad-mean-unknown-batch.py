import tensorflow as tf

# Rule: with an unknown batch dimension, Sum's gradient tiles by a Shape op and
# Mean's divides by Prod(GatherV2(Shape, (axes + rank) % rank)), cast to float.

x = tf.placeholder(tf.float32, [None, 3], name="x")
w = tf.constant([[1.0], [-2.0], [0.5]], name="w")
loss = tf.reduce_mean(tf.square(tf.matmul(x, w))) + tf.reduce_sum(x)
g = tf.gradients(loss, [x, w])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
print(g)
with tf.Session() as s:
    print(s.run(g, feed_dict={x: [[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]]}))
