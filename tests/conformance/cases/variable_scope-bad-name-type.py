# name_or_scope must be a string or VariableScope: the error comes on entering.
import tensorflow as tf
with tf.variable_scope(3):
    pass
