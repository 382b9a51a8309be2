import tensorflow as tf

# Rule: tf.gradients fills grad_ys with ones(shape(y)) named gradients/grad_ys_0
# (Shape folded to a Const), walks the ops between ys and xs once each, and sums
# the gradients reaching one tensor with an AddN in the gradients/ scope.

x = tf.constant([[1., 2.], [3., 4.]], name="x")
w = tf.constant([[0.5], [-1.]], name="w")
y = tf.matmul(x, w) + x * 2.
g = tf.gradients(tf.reduce_sum(y * y), [x, w])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
print(g)
with tf.Session() as s:
    print(s.run(g))
