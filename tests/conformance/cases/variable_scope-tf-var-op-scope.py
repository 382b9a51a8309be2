# variable_scope_test testVarOpScope: variable_scope(name, default_name, values): the name wins, re-entry by string makes w a duplicate and its name scope tower_1; default_name is uniquified.
import tensorflow as tf
with tf.name_scope("testVarOpScope1"):
    with tf.variable_scope("tower", "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("testVarOpScope2") as sc2:
            print(sc2)
    with tf.variable_scope("tower", "default", []):
        try:
            tf.get_variable("w", [])
        except ValueError as e:
            print("ValueError:", str(e).splitlines()[0])
        with tf.name_scope("testVarOpScope2") as sc2:
            print(sc2)
with tf.name_scope("testVarOpScope2"):
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("testVarOpScope2") as sc2:
            print(sc2)
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("testVarOpScope2") as sc2:
            print(sc2)
