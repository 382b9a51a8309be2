# name_scope(None) inside a scope goes back to the root; "as" binds "".
import tensorflow as tf
with tf.name_scope("outer"):
    with tf.name_scope(None) as s:
        print(repr(s), tf.constant(1).name)
