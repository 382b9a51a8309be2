# VariableScopeWithCustomGetterTest testGetterThatCreatesTwoVariablesAndSumsThem: a getter may create two variables and return their sum.
import tensorflow as tf
def custom_getter(getter, name, *args, **kwargs):
    g_0 = getter("%s/0" % name, *args, **kwargs)
    g_1 = getter("%s/1" % name, *args, **kwargs)
    with tf.name_scope("custom_getter"):
        return g_0 + g_1
with tf.variable_scope("scope", custom_getter=custom_getter):
    v = tf.get_variable("v", [1, 2, 3])
print(v.get_shape(), v.name)
true_vars = tf.trainable_variables()
print([x.name for x in true_vars])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    np_vars, np_v = sess.run([true_vars, v])
    print(bool(abs(np_v - sum(np_vars)).max() < 1e-6))
