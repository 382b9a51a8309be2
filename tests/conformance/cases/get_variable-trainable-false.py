# trainable=False keeps a variable out of trainable_variables but in global_variables.
import tensorflow as tf
a = tf.get_variable("a", [1])
b = tf.get_variable("b", [1], trainable=False)
print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
