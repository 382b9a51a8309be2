import tensorflow as tf

# Rule: EMA of tensors (batch statistics): zeros-initialized shadows named after the
# tensor's op (Mean/ExponentialMovingAverage), not in MOVING_AVERAGE_VARIABLES; with
# zero_debias the update goes through <shadow>/biased and <shadow>/local_step and an
# Assign named <scope>/AssignMovingAvg; a tensor of unknown shape gets a zeros(shape)
# initial value.

x = tf.placeholder(tf.float32, [None, 3], name="x")
mean = tf.reduce_mean(x, 0)
var = tf.reduce_mean(tf.square(x), 0)
ema = tf.train.ExponentialMovingAverage(decay=0.5)
up = ema.apply([mean, var])
print(up.name, ema.average(mean), ema.average_name(var), ema.average(var).name)
e2 = tf.train.ExponentialMovingAverage(0.9, zero_debias=True, name="zd")
up2 = e2.apply([mean])
e3 = tf.train.ExponentialMovingAverage(0.9, name="dyn")
up3 = e3.apply([x])
print(tf.global_variables(), tf.get_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES))
for o in tf.get_default_graph().get_operations():
    print(o.name, o.type, [i.name for i in o.inputs], [t.dtype.name for t in o.outputs], [t.shape for t in o.outputs])
with tf.Session() as s:
    s.run(tf.global_variables_initializer(), {x: [[0.0, 0.0, 0.0]]})
    feed = {x: [[1.0, 2.0, 3.0], [3.0, 4.0, 5.0]]}
    s.run([up, up2], feed)
    print(s.run([ema.average(mean), ema.average(var), e2.average(mean)]))
    s.run([up, up2], feed)
    print(s.run([ema.average(mean), ema.average(var), e2.average(mean)]))
print(ema.average(x))
e2.apply([tf.constant([1, 2])])
