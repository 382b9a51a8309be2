# global_variables(scope) filters by a regex matched at the start of the variable name.
import tensorflow as tf
with tf.variable_scope("enc"):
    tf.get_variable("w", [1])
with tf.variable_scope("dec"):
    tf.get_variable("w", [1])
with tf.variable_scope("encoder2"):
    tf.get_variable("w", [1])
print([v.name for v in tf.global_variables("enc")], [v.name for v in tf.trainable_variables(".*w")])
