# Gradients through tf.cond (nested, a variable and a placeholder in branches): _MergeGrad's Switch
# `cond_grad`, _SwitchGrad's Merge `cond_grad`, the zeros for the other branch behind a Switch and an
# Identity pivot (gradients/Switch, gradients/zeros), values for both predicates, and a training step.
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
p = tf.placeholder(tf.bool, [], name="p")
w = tf.Variable([2.0, 3.0], name="w")
r = tf.cond(p, lambda: x * w, lambda: tf.square(x))
r2 = tf.cond(p, lambda: tf.cond(p, lambda: w * 2.0, lambda: x), lambda: x + w)
loss = tf.reduce_sum(r) + tf.reduce_sum(r2)
g = tf.gradients(loss, [x, w])
print(g)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("gradients"):
        print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
sess = tf.Session()
sess.run(tf.global_variables_initializer())
for pv in (True, False):
    print(sess.run(g, {x: [1.0, 2.0], p: pv}))
opt = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
sess.run(opt, {x: [1.0, 2.0], p: True})
print(sess.run(w))
