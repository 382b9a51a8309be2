# ExponentialMovingAverage.apply keeps each shadow on its variable's device: the initial-value
# cond is built under ops.device(var.device) and the slot colocated with the variable, so
# tf.group of the EMA update and ops on other devices builds one NoOp per device.
import tensorflow as tf
with tf.device("/cpu:0"):
    a = tf.get_variable("a", [2], initializer=tf.ones_initializer())
with tf.device("/gpu:1"):
    b = tf.get_variable("b", [], initializer=tf.zeros_initializer())
    c = tf.constant(2.0, name="c")
ema = tf.train.ExponentialMovingAverage(0.9)
with tf.device("/gpu:0"):
    upd = ema.apply([a, b, c])
for v in [a, b, c]:
    s = ema.average(v)
    print(s.name, s.device, s.initializer.device, s.op.colocation_groups())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, op.device)
init = tf.global_variables_initializer()
with tf.device("/gpu:0"):
    other = tf.no_op(name="other")
g = tf.group(upd, init, other)
print([i.name for i in g.control_inputs])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, op.device)
