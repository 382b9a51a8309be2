import tensorflow as tf

# Rule: aggregation_method EXPERIMENTAL_TREE (1) sums the gradients reaching one
# tensor pairwise, AddN by AddN, inside <op>_gradient_sum instead of one AddN.

x = tf.constant([1.0, 2.0], name="x")
y = x * 2.0 + x * x + tf.square(x)
g = tf.gradients(y, x, aggregation_method=1)
g2 = tf.gradients(y, x, aggregation_method=2)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs])
with tf.Session() as s:
    print(s.run(g + g2))
