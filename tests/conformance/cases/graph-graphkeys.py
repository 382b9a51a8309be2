# tf.GraphKeys names the standard collections.
import tensorflow as tf
v = tf.Variable(1.0)
print(tf.GraphKeys.GLOBAL_VARIABLES, tf.GraphKeys.TRAINABLE_VARIABLES)
print(tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES) == tf.global_variables())
