# tf.identity(x, name=scope) names the op exactly after the scope (no "_1").
import tensorflow as tf
x = tf.constant(1.0)
with tf.name_scope("layer") as scope:
    y = tf.identity(x, name=scope)
print(y.name)
