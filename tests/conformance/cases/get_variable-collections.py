# collections= replaces the default: a variable only in "mine" is not a global variable.
import tensorflow as tf
a = tf.get_variable("a", [1], collections=["mine"])
print([v.name for v in tf.get_collection("mine")], tf.global_variables(), len(tf.trainable_variables()))
