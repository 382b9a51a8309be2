import tensorflow as tf

# Rule: ConcatV2's gradient takes each input's shape until the first that is not a Const
# (a Const Shape for [1, 2], a Shape op for [?, 2])
# (_ExtractInputShapes breaks there), then one ShapeN of all inputs.

x = tf.placeholder(tf.float32, [None, 2], name="x")
y = tf.placeholder(tf.float32, [1, 2], name="y")
out = tf.concat([y, x, y], axis=0) * 3.0
graph = tf.get_default_graph()
before = len(graph.get_operations())
grads = tf.gradients(out, [x, y])
for op in graph.get_operations()[before:]:
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    for g in grads:
        print(sess.run(g, {x: [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], y: [[7.0, 8.0]]}))
