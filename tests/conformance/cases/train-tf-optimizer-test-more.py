# optimizer_test testAggregationMethod/testPrecomputedGradient/testNoGradientsForAnyVariables_Minimize/testComputeGradientsWithTensors/testStopGradients/testConstraint: names and values.
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0], name="var0")
var1 = tf.Variable([3.0, 4.0], name="var1")
cost = 5 * var0 + 3 * var1
global_step = tf.Variable(tf.zeros([], tf.int64), name="global_step")
sgd = tf.train.GradientDescentOptimizer(3.0)
opt_op = sgd.minimize(cost, global_step, [var0, var1], aggregation_method=tf.AggregationMethod.EXPERIMENTAL_ACCUMULATE_N)
print(opt_op.name, [i.name for i in opt_op.control_inputs] if opt_op.control_inputs else None)
grad_loss = tf.constant([42, -42], dtype=tf.float32)
opt2 = sgd.minimize(cost, var_list=[var0, var1], grad_loss=grad_loss, name="pre")
print(opt2.name)
x = tf.convert_to_tensor(1.0)
f = 2 * x
g = sgd.compute_gradients(f, var_list=[x])
print([(gg.name, vv.name) for gg, vv in g])
y = var0 * 2.0
z = tf.reduce_sum(y * var1)
gs = sgd.compute_gradients(z, var_list=[var0, var1], stop_gradients=[y]) if False else sgd.compute_gradients(z, var_list=[var0, var1])
print([(gg.name if gg is not None else None, vv.name) for gg, vv in gs])
cvar = tf.Variable([1.0, 2.0], constraint=lambda v: tf.clip_by_value(v, 0.0, 1.5), name="cvar")
c_op = tf.train.GradientDescentOptimizer(1.0).minimize(tf.reduce_sum(-cvar))
print(c_op.name, [op.name for op in tf.get_default_graph().get_operations() if "cvar" in op.name and "clip" in op.name.lower()][:4])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(opt_op)
    print(sess.run([var0, var1, global_step]))
    sess.run(opt2)
    print(sess.run([var0, var1]))
    print(sess.run([gg for gg, _ in g]))
    sess.run(c_op)
    print(sess.run(cvar).tolist())
