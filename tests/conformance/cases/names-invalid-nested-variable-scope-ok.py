# Nested, variable_scope("_v") is accepted: below the root the first character is not special.
import tensorflow as tf
with tf.variable_scope("outer"):
    with tf.variable_scope("_v") as vs:
        v = tf.get_variable("w", [1])
print(vs.name, v.name)
