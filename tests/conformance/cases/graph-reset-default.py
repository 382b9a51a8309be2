# reset_default_graph gives a fresh default graph: names start over.
import tensorflow as tf
g = tf.get_default_graph()
tf.constant(1)
tf.reset_default_graph()
print(tf.get_default_graph() is g, tf.constant(1).name, len(tf.get_default_graph().get_operations()))
