# slot_creator_test testCreateSlotFromVariable/FromScope/ZerosSlot via the optimizers that call it: slot names under variable and name scopes, shapes, dtypes, initial values.
import tensorflow as tf
v = tf.Variable([1.0, 2.5], name="var")
with tf.variable_scope("scope"):
    sv = tf.get_variable("var", [2], initializer=tf.ones_initializer())
zv = tf.Variable(tf.ones([2, 3], dtype=tf.float64), name="zvar")
loss = tf.reduce_sum(v) + tf.reduce_sum(sv) + tf.reduce_sum(tf.cast(zv, tf.float32))
opt = tf.train.MomentumOptimizer(0.1, 0.9)
with tf.variable_scope("outer"):
    with tf.name_scope("ns"):
        step = opt.minimize(loss)
for x in (v, sv, zv):
    s = opt.get_slot(x, "momentum")
    print(s.op.name, s.get_shape().as_list(), s.dtype.base_dtype, s.dtype, s.initializer.name, s.initial_value.op.name)
ada = tf.train.AdagradOptimizer(0.1, initial_accumulator_value=0.5)
with tf.variable_scope("outer2"):
    ada.minimize(loss, var_list=[v, sv])
for x in (v, sv):
    s = ada.get_slot(x, "accumulator")
    print(s.op.name, s.initial_value.op.name, s.initial_value.op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(opt.get_slot(zv, "momentum")).tolist(), sess.run(ada.get_slot(sv, "accumulator")).tolist())
print(sorted(x.name for x in tf.global_variables()))
print(step.name)
