# variable_scope_test testTwoGraphs: '_' is not a valid root scope name.
import tensorflow as tf
g1 = tf.Graph()
g2 = tf.Graph()
with g1.as_default():
    with g2.as_default():
        with tf.variable_scope("_"):
            pass
