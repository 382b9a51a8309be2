# optimizer_test testNoVariables/testNoGradients/testGradientsAsVariables, adam_test slot names, minimize(var_list) with global_step.
import tensorflow as tf
w = tf.Variable([1.0, 2.0], name="w")
b = tf.Variable(0.5, name="b")
frozen = tf.Variable(3.0, trainable=False, name="frozen")
loss = tf.reduce_sum(w * w) + b * b
step = tf.train.get_or_create_global_step()
opt = tf.train.AdamOptimizer(0.1, name="MyAdam")
train = opt.minimize(loss, global_step=step, var_list=[w])
print(train.name, sorted(v.op.name for v in tf.global_variables()))
print(opt.get_slot_names(), opt.get_slot(w, "m").name, opt.get_slot(b, "m"))
mom = tf.train.MomentumOptimizer(0.1, 0.9, use_nesterov=True)
t2 = mom.minimize(loss, name="mom_train")
print(t2.name, mom.get_slot(b, "momentum").name)
try:
    tf.train.GradientDescentOptimizer(0.1).minimize(frozen * 2.0)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:90])
try:
    tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant(1.0) * 2.0, var_list=[w])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:90])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    print(sess.run([w, b, step]))
    sess.run(t2)
    print([x.round(4).tolist() for x in sess.run([w, b])])
