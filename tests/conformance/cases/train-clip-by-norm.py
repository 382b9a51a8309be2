import tensorflow as tf

# Rule: clip_by_norm is Sum(t*t, keepdims) -> safe Sqrt (Select) -> t*clip /
# max(norm, clip) named after the scope; clip_by_average_norm divides by the size.
# (Its Rsqrt is Eigen's approximation: a sum that is a perfect square keeps it exact.)

t = tf.constant([[3.0, 4.0], [0.0, 0.5]])
c = tf.clip_by_norm(t, 2.0)
c1 = tf.clip_by_norm(t, tf.constant(1.0), axes=[1], name="rows")
c2 = tf.clip_by_average_norm(tf.constant([[3.0, 4.0], [0.0, 0.0]]), 0.5)
print(c, c1, c2)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
with tf.Session() as sess:
    print(sess.run([c, c1, c2]))
    print(sess.run(tf.clip_by_norm(tf.zeros([2]), 1.0)))
tf.global_norm(t)
