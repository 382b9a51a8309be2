# A custom_getter sees the full variable name and may change what get_variable returns.
import tensorflow as tf
def getter(getter, name, *args, **kwargs):
    print("getting", name)
    return getter(name + "_custom", *args, **kwargs)
with tf.variable_scope("s", custom_getter=getter):
    v = tf.get_variable("v", [1])
print(v.name)
