# variable_scope opens a name scope, so "_v" at the root fails as a root scope name.
import tensorflow as tf
with tf.variable_scope("_v"):
    pass
