# variable_scope_test testBasicWhenAuxiliaryNameScopeIsFalse: no name scope is opened, original_name_scope is the enclosing one, a later name_scope("scope") is new.
import tensorflow as tf
with tf.variable_scope("scope", auxiliary_name_scope=False) as scope:
    print(repr(scope.original_name_scope), tf.get_variable("w", []).name, tf.constant([], name="c").name)
with tf.variable_scope(scope, auxiliary_name_scope=False):
    print(repr(scope.original_name_scope), tf.get_variable("w1", []).name, tf.constant([], name="c1").name)
with tf.name_scope("scope"):
    print(tf.constant([], name="c").name)
with tf.variable_scope("outer"):
    with tf.variable_scope("inner", auxiliary_name_scope=False) as inner:
        print(inner.original_name_scope, tf.get_variable("w", []).name, tf.constant([], name="c").name)
    with tf.variable_scope(inner, auxiliary_name_scope=False) as inner1:
        print(inner1.original_name_scope, tf.get_variable("w1", []).name, tf.constant([], name="c1").name)
    with tf.name_scope("inner"):
        print(tf.constant([], name="c").name)
