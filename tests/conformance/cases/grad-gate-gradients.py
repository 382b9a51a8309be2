import tensorflow as tf

# Rule: with gate_gradients=True the gradients of one op that has more than one
# go through control_flow_ops.tuple: <op>_grad/tuple/group_deps (a NoOp waiting
# for them) and one tuple/control_dependency[_n] Identity each.

x = tf.constant([[1., 2.], [3., 4.]], name="x")
w = tf.constant([[0.5], [-1.]], name="w")
y = tf.matmul(x, w) + x * 2.
g = tf.gradients(y, [x, w], gate_gradients=True)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as s:
    print(s.run(g))
