# The Switch and Merge gradients (control_flow_grad.py) of a plain tf.cond: cond_grad Merges and
# Switches, zeros for the untaken branch; values with either branch.
import tensorflow as tf
p = tf.placeholder(tf.bool, [])
x = tf.constant([1.0, 2.0])
w = tf.Variable([3.0, 4.0])
y = tf.cond(p, lambda: tf.reduce_sum(x * w), lambda: tf.reduce_sum(w) * 2.0)
g = tf.gradients(y, [x, w])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(g, {p: True}))
    print(sess.run(g, {p: False}))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
