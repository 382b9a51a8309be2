# auxiliary_name_scope must be a bool.
import tensorflow as tf
tf.variable_scope("x", auxiliary_name_scope=1)
