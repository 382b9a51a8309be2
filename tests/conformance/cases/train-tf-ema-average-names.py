# moving_averages_test testAverageVariablesNames(RespectScope)/testSubsetAverageVariablesNames: average_name, average(), variables_to_restore keys.
import tensorflow as tf
v0 = tf.Variable(10.0, name="v0")
v1 = tf.Variable(30.0, name="v1")
v2 = tf.Variable(20.0, name="v2", trainable=False)
tensor2 = v0 + v1
ema = tf.train.ExponentialMovingAverage(0.25, name="foo")
print(ema.name, ema.average_name(v0), ema.average_name(v1), ema.average_name(tensor2))
update = ema.apply([v0, v1, tensor2])
print(update.name, ema.average(v0).op.name, ema.average(tensor2).op.name, ema.average(v2))
vars_to_restore = ema.variables_to_restore()
print(sorted(vars_to_restore.keys()), [vars_to_restore[k].op.name for k in sorted(vars_to_restore)])
print(sorted(ema.variables_to_restore([v1]).keys()))
print([v.name for v in tf.global_variables()], [v.name for v in tf.get_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES)])
with tf.variable_scope("scope1"):
    w0 = tf.Variable(10.0, name="v0")
    t2 = w0 * 2
with tf.variable_scope("scope2"):
    ema2 = tf.train.ExponentialMovingAverage(0.25, name="foo")
    print(ema2.average_name(w0), ema2.average_name(t2))
    ema2.apply([w0, t2])
    print(ema2.average(w0).name, ema2.average(t2).name)
print(sorted(ema2.variables_to_restore().keys())[:6])
