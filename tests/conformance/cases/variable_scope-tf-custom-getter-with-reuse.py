# VariableScopeWithCustomGetterTest testCustomGetterWithReuse: the getter sees reuse in kwargs and may return an identity of the variable.
import tensorflow as tf
def custom_getter(getter, *args, **kwargs):
    var = getter(*args, **kwargs)
    if kwargs["reuse"]:
        return tf.identity(var, name="reused")
    else:
        return tf.identity(var, name="not_reused")
with tf.variable_scope("scope", custom_getter=custom_getter) as scope:
    v = tf.get_variable("v", [1])
with tf.variable_scope(scope, reuse=True):
    v2 = tf.get_variable("v", [1])
print(v.name, v2.name)
