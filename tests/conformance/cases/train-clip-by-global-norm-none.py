import tensorflow as tf

# Rule: clip_by_global_norm first builds global_norm/ (L2Loss per tensor, stack,
# Sum, mul, Sqrt named global_norm), then clip_by_global_norm/ with one Identity
# per tensor named clip_by_global_norm/clip_by_global_norm/_i; None stays None.

a = tf.constant([3.0, 4.0])
b = tf.constant([[1.0, 2.0]])
clipped, norm = tf.clip_by_global_norm([a, None, b], 1.0)
print(clipped, norm)
print(tf.global_norm([a, b], name="gn"))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs])
with tf.Session() as sess:
    print(sess.run([clipped[0], clipped[2], norm]))
    print(sess.run(tf.clip_by_global_norm([a * 0.01], 1.0)[0]))
tf.clip_by_global_norm(a, 1.0)
