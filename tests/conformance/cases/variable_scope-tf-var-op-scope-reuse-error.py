# variable_scope_test testVarOpScopeReuseError: reuse=True with only a default_name is a ValueError.
import tensorflow as tf
with tf.variable_scope(None, "default", reuse=True):
    print(tf.get_variable("w", []).name)
