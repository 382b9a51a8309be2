# optimizer_test: no gradients for the variables, a non-variable in var_list, gradients of a variable the loss does not use.
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0], name="var0")
var1 = tf.Variable([3.0, 4.0], name="var1")
cost = 5 * var0
sgd = tf.train.GradientDescentOptimizer(3.0)
try:
    sgd.minimize(cost, var_list=[var1])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
print([(g is None, v.name) for g, v in sgd.compute_gradients(cost, var_list=[var0, var1])])
step = sgd.minimize(cost, var_list=[var0, var1])
print(step.name, [i.name for i in step.control_inputs])
try:
    sgd.compute_gradients(cost, var_list=[tf.constant(1.0)])
except Exception as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
try:
    sgd.minimize(cost, var_list=[])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
gs = tf.train.get_or_create_global_step()
step2 = sgd.minimize(cost, global_step=gs, name="with_step")
print(step2.name, gs.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(step2)
    print(sess.run([var0, gs]))
