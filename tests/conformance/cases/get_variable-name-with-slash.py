# get_variable("a/b") makes the variable "a/b" without any scope.
import tensorflow as tf
v = tf.get_variable("a/b", [1])
with tf.variable_scope("a"):
    with tf.variable_scope("", reuse=True):
        pass
with tf.variable_scope("a", reuse=True):
    print(tf.get_variable("b") is v, v.name)
