# variable_scope_test testVarScopeNestedOuterScope: re-entering a scope object inside itself names variables outer/w and name scopes outer/outer, outer/outer_1.
import tensorflow as tf
with tf.variable_scope("outer") as outer:
    with tf.variable_scope(outer):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    with tf.variable_scope("default"):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    with tf.variable_scope(outer, reuse=True):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    with tf.variable_scope("default", reuse=True):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
