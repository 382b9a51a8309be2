# variable_scope("a") inside variable_scope("a") is "a/a" for both variables and ops.
import tensorflow as tf
with tf.variable_scope("a"):
    with tf.variable_scope("a") as inner:
        v = tf.get_variable("v", [1])
print(inner.name, inner.original_name_scope, v.name)
