# variable_scope_test testVarOpScopeUniqueNamesWithJump: re-entering the parent scope in the middle does not restart default-name numbering.
import tensorflow as tf
with tf.variable_scope("default") as default:
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
    with tf.variable_scope(default):
        pass
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
