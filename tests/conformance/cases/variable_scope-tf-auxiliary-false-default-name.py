# variable_scope_test testCreatedByDefaultNameWhenAuxiliaryNameScopeIsFalse: a default_name scope without a name scope.
import tensorflow as tf
with tf.variable_scope(None, default_name="default", auxiliary_name_scope=False) as scope:
    print(repr(scope.original_name_scope), tf.get_variable("w", []).name, tf.constant([], name="c").name)
with tf.name_scope("default"):
    print(tf.constant([], name="c").name)
with tf.variable_scope("outer"):
    with tf.variable_scope(None, default_name="default", auxiliary_name_scope=False) as inner:
        print(inner.original_name_scope, tf.get_variable("w", []).name, tf.constant([], name="c").name)
    with tf.name_scope("default"):
        print(tf.constant([], name="c").name)
