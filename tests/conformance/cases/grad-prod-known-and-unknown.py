import tensorflow as tf

# Rule: reduce_prod's gradient moves the reduced axes first (ListDiff of the others), takes the
# exclusive cumprods from both sides and moves them back; with known shapes the transposed
# shape is static (a Const Shape), with an unknown batch it is a Shape op.
x = tf.constant([[0.5, -1.25, 2.0], [1.5, 0.75, -0.5]], name="x")
p = tf.placeholder(tf.float32, [None, 3], name="p")
out = tf.reduce_prod(x, axis=1) + tf.reduce_prod(x)
before = len(tf.get_default_graph().get_operations())
g = tf.gradients(out, x, grad_ys=out * 0.5 + 0.25)[0]
h = tf.gradients(tf.reduce_prod(p, 0, keepdims=True), p)[0]
for op in tf.get_default_graph().get_operations()[before:]:
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    print(sess.run(g))
    print(sess.run(h, {p: [[1.0, 2.0, 0.0], [3.0, -1.0, 4.0]]}))
