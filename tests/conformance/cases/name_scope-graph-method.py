# Graph.name_scope works like tf.name_scope for that graph.
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    with g.name_scope("gs") as s:
        c = tf.constant(1)
print(s, c.name)
