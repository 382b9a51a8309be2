# variable_scope(None) without default_name is a TypeError.
import tensorflow as tf
tf.variable_scope(None)
