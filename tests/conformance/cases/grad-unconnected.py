import tensorflow as tf

# Rule: an x that y does not depend on gets None, or zeros_like(x) with
# unconnected_gradients="zero"; integer tensors are not trainable, so the walk
# does not go through them.

x = tf.constant([1.0, 2.0], name="x")
z = tf.constant([3.0, 4.0], name="z")
i = tf.constant([1, 2], name="i")
y = tf.reduce_sum(x * x) + tf.cast(tf.reduce_sum(i * 2), tf.float32)
print(tf.gradients(y, [x, z, i]))
g = tf.gradients(y, [x, z], unconnected_gradients="zero")
print(g)
with tf.Session() as s:
    print(s.run(g))
print([op.name for op in tf.get_default_graph().get_operations()])
