# reset_default_graph inside a with g.as_default() block is an AssertionError.
import tensorflow as tf
with tf.Graph().as_default():
    tf.reset_default_graph()
