import tensorflow as tf

# Rule: top_k's gradient scatters the values' gradient at the flattened indices (ScatterNd), with
# the shapes computed by ops when the batch is unknown.
x = tf.placeholder(tf.float32, [None, 4], name="x")
values, indices = tf.nn.top_k(x, 2)
before = len(tf.get_default_graph().get_operations())
g = tf.gradients(values * 3.0, x)[0]
for op in tf.get_default_graph().get_operations()[before:]:
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    print(sess.run(g, {x: [[0.5, -1.25, 2.0, 1.0], [1.5, 0.75, -0.5, 3.0], [1.0, 1.0, 1.0, 0.0]]}))
