# variable_scope_test testVarOpScopeOuterScope: a scope object with a default_name and values re-enters the object; default_name is ignored.
import tensorflow as tf
with tf.variable_scope("outer") as outer:
    pass
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
    outer.reuse_variables()
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
