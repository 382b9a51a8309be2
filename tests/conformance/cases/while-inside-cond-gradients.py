# A while loop inside a tf.cond branch, and its gradient (the cond's Switch zeros made on the
# untaken side, as control_flow_state.ZerosLike), run with either branch.
import tensorflow as tf
p = tf.placeholder(tf.bool, [])
x = tf.constant(2.0)
def loop():
    _, v = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x), [0, tf.constant(1.0)])
    return v
y = tf.cond(p, loop, lambda: x)
g = tf.gradients(y, x)
with tf.Session() as sess:
    print(sess.run([y, g], {p: True}))
    print(sess.run([y, g], {p: False}))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
