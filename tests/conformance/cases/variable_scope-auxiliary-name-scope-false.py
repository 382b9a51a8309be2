# auxiliary_name_scope=False opens no name scope: ops stay in the outer name scope.
import tensorflow as tf
with tf.name_scope("outer"):
    with tf.variable_scope("vs", auxiliary_name_scope=False) as sc:
        v = tf.get_variable("v", [1])
        c = tf.constant(1)
print(sc.name, repr(sc.original_name_scope), v.name, c.name)
