# Re-enter a scope's name scope with name_scope(sc.original_name_scope) after auxiliary_name_scope=False.
import tensorflow as tf
with tf.variable_scope("vs") as sc:
    pass
with tf.variable_scope(sc, auxiliary_name_scope=False) as again:
    with tf.name_scope(again.original_name_scope):
        c = tf.constant(1)
print(c.name)
