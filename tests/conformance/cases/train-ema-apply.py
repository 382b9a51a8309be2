import tensorflow as tf

# Rule: ExponentialMovingAverage.apply makes a shadow <var>/ExponentialMovingAverage
# per variable (not trainable, initialized through a cond on IsVariableInitialized,
# with the initializer's guard copies named cond/..._<shadow>), then
# ExponentialMovingAverage/AssignMovingAvg[_i] (AssignSub) grouped into a NoOp.

w = tf.Variable([1.0, 2.0], name="w")
with tf.variable_scope("layer"):
    b = tf.get_variable("b", [2], initializer=tf.ones_initializer())
ema = tf.train.ExponentialMovingAverage(0.9)
print(ema.average_name(w))
op = ema.apply([w, b])
print(op, ema.average(w), ema.average_name(b), ema.name)
print(tf.get_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES), tf.global_variables(), tf.trainable_variables())
print(sorted(ema.variables_to_restore().items()))
for o in tf.get_default_graph().get_operations():
    print(o.name, o.type, [i.name for i in o.inputs], [x.dtype.name for x in o.outputs], [x.shape for x in o.outputs], [x.name for x in o.control_inputs])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(tf.assign(w, [3.0, 4.0]))
    s.run(op)
    print(s.run([ema.average(w), ema.average(b)]))
    s.run(op)
    print(s.run([ema.average(w), ema.average(b)]))
