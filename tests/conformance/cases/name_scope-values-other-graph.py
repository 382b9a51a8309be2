# values= picks the graph: a scope whose values live in graph g makes g the default inside it.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    c = tf.constant(1.0, name="c")
with tf.name_scope("s", values=[c]) as s:
    d = tf.constant(2.0)
print(s, d.name, d.graph is g, tf.get_default_graph() is g)
