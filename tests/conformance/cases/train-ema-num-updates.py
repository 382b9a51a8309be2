import tensorflow as tf

# Rule: num_updates caps the decay at (1 + n) / (10 + n) (Cast named num_updates, a
# Minimum); a second apply reuses existing shadows and only adds update ops under
# the uniquified scope; average_name before apply is the name the shadow would get;
# variables_to_restore maps shadow names to variables and keeps the others by name;
# an integer variable is a TypeError.

step = tf.Variable(0, name="step", trainable=False)
v = tf.Variable(10.0, name="v")
u = tf.Variable([[1.0], [2.0]], name="u")
ema = tf.train.ExponentialMovingAverage(0.99, num_updates=step, name="avg")
print(ema.name, ema.average_name(v), ema.average(v))
with tf.name_scope("train"):
    up1 = ema.apply([v])
up2 = ema.apply([v, u])
print(up1.name, up2.name, ema.average(v).name, ema.average(u).name, ema.average_name(u))
print(sorted((k, x.name) for k, x in ema.variables_to_restore().items()))
print(sorted((k, x.name) for k, x in ema.variables_to_restore([u]).items()))
for o in tf.get_default_graph().get_operations():
    print(o.name, o.type, [i.name for i in o.inputs], [x.name for x in o.control_inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(tf.assign(v, 20.0))
    sess.run(up2)
    print(sess.run([ema.average(v), ema.average(u)]))
    sess.run(tf.assign(step, 90))
    sess.run(up1)
    print(sess.run(ema.average(v)))
ema.apply([step])
