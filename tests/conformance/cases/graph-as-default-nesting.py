# as_default nests: the innermost graph is the default, the outer one comes back on exit.
import tensorflow as tf
g1 = tf.Graph()
g2 = tf.Graph()
with g1.as_default():
    with g2.as_default():
        print(tf.get_default_graph() is g2)
    print(tf.get_default_graph() is g1)
print(tf.get_default_graph() is g1, tf.get_default_graph() is g2)
