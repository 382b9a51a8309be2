# A string scope "layer" counts for default_name: the next default "layer" becomes "layer_1".
import tensorflow as tf
with tf.variable_scope("layer"):
    pass
with tf.variable_scope(None, default_name="layer") as sc:
    print(sc.name, sc.original_name_scope)
