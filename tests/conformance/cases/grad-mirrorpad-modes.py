import tensorflow as tf

# Rule: MirrorPad's gradient is MirrorPadGrad (each mirrored position added back, REFLECT without
# the edge, SYMMETRIC with it), whose own gradient is MirrorPad again.
x = tf.reshape(tf.range(12.0), [3, 4], name="x")
out = tf.pad(x, [[1, 2], [2, 1]], mode="REFLECT") * 2.0 + tf.pad(x, [[2, 1], [1, 3]], mode="SYMMETRIC")[:6, :7]
before = len(tf.get_default_graph().get_operations())
g = tf.gradients(out, x, grad_ys=tf.reshape(tf.range(42.0), [6, 7]))[0]
gg = tf.gradients(g * g, x)[0]
for op in tf.get_default_graph().get_operations()[before:]:
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    print(sess.run(g))
