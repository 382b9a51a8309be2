# Graph.unique_name prefixes the current name scope.
import tensorflow as tf
g = tf.get_default_graph()
with tf.name_scope("s"):
    print(g.unique_name("x"), g.unique_name("x"))
