import tensorflow as tf

# Rule: compute_gradients honours var_list and gate_gradients; apply_gradients
# skips None gradients, opens the optimizer's scope (its name or the one given)
# and without a global step returns the group NoOp named by that scope (the
# gated gradients are applied: ungated ones may read an updated variable).

with tf.variable_scope("net"):
    w = tf.get_variable("w", initializer=tf.constant([1.0, -2.0, 0.5]))
    v = tf.get_variable("v", initializer=tf.constant(3.0))
    unused = tf.get_variable("unused", initializer=tf.constant(1.0))
loss = tf.reduce_sum(w * v) + v * v
opt = tf.train.GradientDescentOptimizer(learning_rate=0.05, name="SGD")
ungated = opt.compute_gradients(loss, gate_gradients=0)
print([(g.name if g is not None else None, var.name) for g, var in ungated])
gv = opt.compute_gradients(loss)
print([(g.name if g is not None else None, var.name) for g, var in gv])
gv2 = opt.compute_gradients(loss, var_list=[v])
print([(g.name, var.name) for g, var in gv2])
step = opt.apply_gradients(gv)
step2 = opt.apply_gradients(gv2, name="again")
print(step.name, step.type, [c.name for c in step.control_inputs])
print(step2.name, step2.type, [c.name for c in step2.control_inputs])
print(opt.get_name(), tf.get_collection(tf.GraphKeys.TRAIN_OP))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(step)
    print(sess.run([w, v, unused]))
