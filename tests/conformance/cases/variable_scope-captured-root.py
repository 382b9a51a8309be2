# Re-entering a captured scope object: variables keep "a/", the new name scope is "a_1/".
import tensorflow as tf
with tf.variable_scope("a") as sc:
    pass
with tf.variable_scope(sc) as again:
    v = tf.get_variable("v", [1])
    c = tf.constant(1)
print(again.name, again.original_name_scope, v.name, c.name)
