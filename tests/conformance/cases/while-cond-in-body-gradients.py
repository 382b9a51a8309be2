# A tf.cond inside a while body, and its gradient: the predicate accumulated per iteration,
# the cond's Switch gradients on the untaken side, f_sync waiting for pushes in branches.
import tensorflow as tf
x = tf.constant(2.0)
def body(i, v):
    v = tf.cond(i < 2, lambda: v * x, lambda: v + x)
    return i + 1, v
_, y = tf.while_loop(lambda i, v: i < 4, body, [0, tf.constant(1.0)])
g = tf.gradients(y, x)
with tf.Session() as sess:
    print(sess.run([y, g]))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
