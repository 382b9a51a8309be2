# variable_scope_test testVarOpScopeReuseParam: reuse=True on a named child and outer.reuse_variables() on a re-entered object share the variables.
import tensorflow as tf
with tf.variable_scope("outer") as outer:
    with tf.variable_scope("tower", "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
with tf.variable_scope(outer) as outer:
    with tf.variable_scope("tower", "default", reuse=True):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    outer.reuse_variables()
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
print(len(tf.global_variables()))
