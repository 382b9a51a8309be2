# reuse_variables() on the root scope makes every later get_variable a lookup.
import tensorflow as tf
v = tf.get_variable("v", [1])
tf.get_variable_scope().reuse_variables()
print(tf.get_variable("v") is v, tf.get_variable_scope().reuse)
