# Scope names are uniquified case-insensitively too: "Layer" after "layer" is "Layer_1/".
import tensorflow as tf
with tf.name_scope("layer") as a:
    pass
with tf.name_scope("Layer") as b:
    pass
print(a, b)
