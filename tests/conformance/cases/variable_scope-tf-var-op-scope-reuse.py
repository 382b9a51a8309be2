# variable_scope_test testVarOpScopeReuse: re-entering outer with reuse=True reuses outer/tower/w and outer/default/w while name scopes go to outer_1.
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
with tf.variable_scope(outer, reuse=True) as outer:
    with tf.variable_scope("tower", "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
print(len(tf.global_variables()))
