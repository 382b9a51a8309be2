# variable_scope_test testReuseScopeWithoutNameScopeCollision (GitHub #13429): re-enter a scope without a new name scope, then name_scope(original_name_scope).
import tensorflow as tf
with tf.variable_scope("outer"):
    with tf.variable_scope("inner") as inner:
        pass
with tf.variable_scope(inner, auxiliary_name_scope=False) as scope:
    with tf.name_scope(scope.original_name_scope):
        print(tf.get_variable("w", []).name, tf.constant([], name="c").name)
    with tf.name_scope("inner"):
        print(tf.constant([], name="c").name)
with tf.variable_scope("another"):
    with tf.variable_scope(inner, auxiliary_name_scope=False) as scope1:
        with tf.name_scope(scope1.original_name_scope):
            print(tf.get_variable("w1", []).name, tf.constant([], name="c1").name)
        with tf.name_scope("inner"):
            print(tf.constant([], name="c").name)
