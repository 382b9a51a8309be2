import tensorflow as tf
from tensorflow.python.training import moving_averages
v = tf.Variable([1.0, 2.0], name="v")
value = tf.constant([3.0, 5.0])
a = moving_averages.assign_moving_average(v, value, decay=0.9)
w = tf.Variable([0.0, 4.0], name="w")
b = moving_averages.assign_moving_average(w, value, 0.5, zero_debias=False, name="upd")
ema = moving_averages.ExponentialMovingAverage(0.99)
apply_op = ema.apply([w])
print(a.name, b.name, apply_op.name, ema.average_name(w))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(a).tolist(), sess.run(b).tolist(), sess.run(a).tolist())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for x in tf.global_variables():
    print(x.name, x.shape)
