# get_name_scope follows nested name scopes and reopened scopes.
import tensorflow as tf
g = tf.get_default_graph()
with tf.name_scope("a"):
    pass
with tf.name_scope("a"):
    with tf.name_scope("b"):
        print(g.get_name_scope())
