# variable_scope_test testVarScopeOuterScope: re-entering a closed scope object names variables under it and name scopes outer_1, outer_2.
import tensorflow as tf
with tf.variable_scope("outer") as outer:
    pass
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
