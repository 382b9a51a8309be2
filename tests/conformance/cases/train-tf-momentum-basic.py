# momentum_test testBasic/testNesterovMomentum/testVariablesAcrossGraphs: slot names and shapes, the update op, values after two steps, use_nesterov, two optimizers in two graphs.
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0], name="var0")
var1 = tf.Variable([3.0, 4.0], name="var1")
grads0 = tf.constant([0.1, 0.1])
grads1 = tf.constant([0.01, 0.01])
mom_opt = tf.train.MomentumOptimizer(learning_rate=2.0, momentum=0.9)
mom_update = mom_opt.apply_gradients(zip([grads0, grads1], [var0, var1]))
print(mom_update.name, mom_update.type, mom_opt.get_slot_names())
slot0 = mom_opt.get_slot(var0, "momentum")
slot1 = mom_opt.get_slot(var1, "momentum")
print(slot0.name, slot0.get_shape(), slot1.name, slot1.get_shape(), slot0 in tf.trainable_variables())
print(sorted(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("Momentum")))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(mom_update)
    print([x.round(5).tolist() for x in sess.run([slot0, slot1, var0, var1])])
    sess.run(mom_update)
    print([x.round(5).tolist() for x in sess.run([slot0, slot1, var0, var1])])
nes = tf.train.MomentumOptimizer(learning_rate=2.0, momentum=0.9, use_nesterov=True, name="Nes")
var2 = tf.Variable([1.0, 2.0], name="var2")
cost = 5 * var2 * var2
step = nes.minimize(cost)
print(step.name, nes.get_slot(var2, "momentum").name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        sess.run(step)
    print(sess.run(var2).round(4).tolist())
for i in range(2):
    with tf.Graph().as_default():
        v = tf.Variable([1.0], name="var%d" % i)
        opt = tf.train.MomentumOptimizer(0.1, 0.9)
        opt.minimize(tf.reduce_sum(v))
        print(sorted(x.name for x in tf.global_variables()))
