# A nested name_scope is checked with the looser scope pattern and its own message.
import tensorflow as tf
with tf.name_scope("outer"):
    with tf.name_scope("has space"):
        pass
