# moving_averages_test testTensorNumUpdates/testBasic: decay min(decay, (1 + n) / (10 + n)), zero_debias, the shadow values after one apply.
import tensorflow as tf
var0 = tf.Variable([10.0, 11.0], name="var0")
var1 = tf.Variable([1.0, 2.0], name="var1")
tensor2 = var0 + var1
ema = tf.train.ExponentialMovingAverage(0.25, num_updates=tf.constant(1, tf.int64), name="ema")
update = ema.apply([var0, var1, tensor2])
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("ema")][:30])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([ema.average(var0), ema.average(tensor2)]))
    sess.run(update)
    print([a.round(5).tolist() for a in sess.run([ema.average(var0), ema.average(var1), ema.average(tensor2)])])
ema2 = tf.train.ExponentialMovingAverage(0.9, zero_debias=True, name="zd")
u2 = ema2.apply([tensor2])
print(sorted(v.name for v in tf.global_variables() if "zd" in v.name))
