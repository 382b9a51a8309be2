# VariableScopeWithCustomGetterTest testNestedCustomGetters: getters of nested scopes compose, innermost first: sums of sums of products.
import tensorflow as tf
def sum_getter(getter, name, *args, **kwargs):
    g_0 = getter("%s/sum_0" % name, *args, **kwargs)
    g_1 = getter("%s/sum_1" % name, *args, **kwargs)
    with tf.name_scope("sum_getter"):
        return g_0 + g_1
def prod_getter(getter, name, *args, **kwargs):
    g_0 = getter("%s/prod_0" % name, *args, **kwargs)
    g_1 = getter("%s/prod_1" % name, *args, **kwargs)
    with tf.name_scope("prod_getter"):
        return g_0 * g_1
with tf.variable_scope("prod_scope", custom_getter=prod_getter):
    with tf.variable_scope("sum_scope", custom_getter=sum_getter):
        with tf.variable_scope("inner_sum_scope", custom_getter=sum_getter):
            v = tf.get_variable("v", [1, 2, 3])
print(v.get_shape(), v.name)
true_vars = tf.trainable_variables()
for x in true_vars:
    print(x.name)
print([op.name for op in tf.get_default_graph().get_operations() if op.type in ("Mul", "AddV2")])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    n, np_v = sess.run([true_vars, v])
    print(bool(abs(np_v - (((n[0] * n[1]) + (n[2] * n[3])) + ((n[4] * n[5]) + (n[6] * n[7])))).max() < 1e-5))
