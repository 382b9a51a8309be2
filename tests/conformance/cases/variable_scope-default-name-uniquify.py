# variable_scope(None, default_name="layer") gives layer, layer_1, layer_2 for both scopes.
import tensorflow as tf
for _ in range(3):
    with tf.variable_scope(None, default_name="layer") as sc:
        v = tf.get_variable("w", [1])
        print(sc.name, sc.original_name_scope, v.name)
