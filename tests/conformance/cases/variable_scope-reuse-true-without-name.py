# reuse=True needs a name: a default_name-only scope cannot reuse.
import tensorflow as tf
with tf.variable_scope(None, default_name="d", reuse=True):
    pass
