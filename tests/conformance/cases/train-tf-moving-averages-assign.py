# moving_averages_test testAssignMovingAverage/testAssignMovingAverageWithZeroDebias/testWeightedMovingAverage: op names, zero-debias variables, values after one update.
import tensorflow as tf
from tensorflow.python.training import moving_averages
var = tf.Variable([10.0, 11.0], name="var")
val = tf.constant([1.0, 2.0])
decay = 0.25
assign = moving_averages.assign_moving_average(var, val, decay, zero_debias=False)
print(assign.name, assign.op.type)
var2 = tf.Variable([0.0, 0.0], name="var2")
assign2 = moving_averages.assign_moving_average(var2, val, decay)
print(assign2.name, sorted(v.name for v in tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(assign).tolist())
    print(sess.run(assign2).round(5).tolist())
