# reuse must be True, False, None or AUTO_REUSE.
import tensorflow as tf
tf.variable_scope("x", reuse="yes")
