# A scope's initializer reaches get_variable in nested scopes (ones_initializer -> Const "ones").
import tensorflow as tf
with tf.variable_scope("a", initializer=tf.ones_initializer()):
    with tf.variable_scope("b"):
        v = tf.get_variable("v", [2])
print([op.name for op in tf.get_default_graph().get_operations()])
