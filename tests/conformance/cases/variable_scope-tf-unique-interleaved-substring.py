# variable_scope_test testVarOpScopeUniqueNamesInterleavedSubstringScopes: default names are counted per exact name, not per prefix.
import tensorflow as tf
for d in ["defaultScope1", "defaultScope1", "defaultScope", "defaultScope1"]:
    with tf.variable_scope(None, d):
        with tf.variable_scope(None, "layer"):
            print(tf.get_variable("w", []).name)
