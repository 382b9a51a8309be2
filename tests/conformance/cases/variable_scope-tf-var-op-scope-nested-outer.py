# variable_scope_test testVarOpScopeNestedOuterScope: a scope object re-entered inside itself with a default_name; reuse=True re-entry names name scopes outer_1.
import tensorflow as tf
with tf.variable_scope("outer") as outer:
    with tf.variable_scope(outer, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
with tf.variable_scope(outer, "default", reuse=True):
    print(tf.get_variable("w", []).name)
    with tf.name_scope("scope2") as sc2:
        print(sc2)
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
