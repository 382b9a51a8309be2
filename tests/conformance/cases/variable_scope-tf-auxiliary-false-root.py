# variable_scope_test testReenterRootScopeWhenAuxiliaryNameScopeIsFalse: re-entering the root scope object without a name scope.
import tensorflow as tf
root_scope = tf.get_variable_scope()
with tf.variable_scope(root_scope, auxiliary_name_scope=False) as scope:
    print(repr(scope.original_name_scope), tf.get_variable("w", []).name, tf.constant([], name="c").name)
with tf.variable_scope("outer"):
    with tf.variable_scope(root_scope, auxiliary_name_scope=False) as inner:
        print(repr(inner.original_name_scope), tf.get_variable("w1", []).name, tf.constant([], name="c1").name)
