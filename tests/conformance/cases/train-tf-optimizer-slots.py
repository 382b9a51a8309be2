# optimizer_test / slot_creator_test: slot names (var/Momentum, var/Adam, var/Adam_1), get_slot_names, get_slot on a tensor-less var, non-slot betas, slots of a scoped variable and in a name scope.
import tensorflow as tf
with tf.variable_scope("scope"):
    var0 = tf.Variable([1.0, 2.0], name="var0")
var1 = tf.get_variable("var1", [2], initializer=tf.ones_initializer())
cost = tf.reduce_sum(5 * var0 + 3 * var1)
opt = tf.train.MomentumOptimizer(0.1, 0.9)
with tf.name_scope("train"):
    step = opt.minimize(cost)
print(step.name, opt.get_slot_names(), opt.get_slot(var0, "momentum").name, opt.get_slot(var1, "momentum").op.name)
print(opt.get_slot(var0, "nope"), opt.get_slot(tf.Variable(1.0, name="other"), "momentum"))
adam = tf.train.AdamOptimizer(0.01)
astep = adam.minimize(cost, var_list=[var1])
print(sorted(adam.get_slot_names()), adam.get_slot(var1, "m").name, adam.get_slot(var1, "v").name, adam.get_slot(var0, "m"))
print([v.name for v in adam.variables()])
print([v.name for v in tf.global_variables()])
gs = tf.train.GradientDescentOptimizer(0.1)
grads = gs.compute_gradients(cost)
print([(g is None or g.name, v.name) for g, v in grads])
try:
    gs.apply_gradients([(None, var0)])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
try:
    gs.minimize(tf.constant(1.0))
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
