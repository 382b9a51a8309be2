# variable_scope_test testVarScopeOriginalNameScope: re-entering keeps original_name_scope; name_scope(original_name_scope) re-enters it, and bar is uniquified there.
import tensorflow as tf
with tf.name_scope("scope1"):
    with tf.variable_scope("tower") as tower:
        print(tower.original_name_scope)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
with tf.name_scope("scope2"):
    with tf.variable_scope(tower) as tower1:
        print(tower1.original_name_scope)
        with tf.name_scope("foo") as sc2:
            print(sc2)
    with tf.name_scope(tower.original_name_scope):
        with tf.name_scope("bar") as sc3:
            print(sc3)
with tf.name_scope("scope2"):
    with tf.variable_scope(tower):
        with tf.name_scope(tower.original_name_scope):
            with tf.name_scope("bar") as sc3:
                print(sc3)
