# adadelta_test / proximal_gradient_descent_test / proximal_adagrad_test: slot names (accum, accum_update), values after steps.
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0], name="var0")
grads0 = tf.constant([0.1, 0.2])
ada = tf.train.AdadeltaOptimizer(learning_rate=1.0, rho=0.95, epsilon=1e-8)
u = ada.apply_gradients([(grads0, var0)])
print(u.name, sorted(ada.get_slot_names()), ada.get_slot(var0, "accum").name, ada.get_slot(var0, "accum_update").name)
var1 = tf.Variable([1.0, 2.0], name="var1")
pgd = tf.train.ProximalGradientDescentOptimizer(3.0, l1_regularization_strength=0.001, l2_regularization_strength=2.0)
u2 = pgd.apply_gradients([(grads0, var1)])
print(u2.name, pgd.get_slot_names())
var2 = tf.Variable([1.0, 2.0], name="var2")
pada = tf.train.ProximalAdagradOptimizer(3.0, initial_accumulator_value=0.1, l1_regularization_strength=0.001)
u3 = pada.apply_gradients([(grads0, var2)])
print(u3.name, pada.get_slot_names(), pada.get_slot(var2, "accumulator").name)
print([op.type for op in tf.get_default_graph().get_operations() if "update_var" in op.name])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        sess.run([u, u2, u3])
    print([x.round(5).tolist() for x in sess.run([var0, var1, var2])])
