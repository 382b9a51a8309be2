# variable_scope inside name_scope: ops get both prefixes, get_variable only the variable scope.
import tensorflow as tf
with tf.name_scope("ns"):
    with tf.variable_scope("vs") as sc:
        v = tf.get_variable("v", [1])
        w = tf.Variable(1.0, name="w")
        c = tf.constant(1)
print(sc.original_name_scope, v.name, w.name, c.name)
