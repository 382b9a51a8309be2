# Custom getters of nested scopes compose: the inner one runs first and calls the outer one.
import tensorflow as tf
def outer(getter, name, *args, **kwargs):
    print("outer", name)
    return getter(name, *args, **kwargs)
def inner(getter, name, *args, **kwargs):
    print("inner", name)
    return getter(name, *args, **kwargs)
with tf.variable_scope("a", custom_getter=outer):
    with tf.variable_scope("b", custom_getter=inner):
        v = tf.get_variable("v", [1])
print(v.name)
