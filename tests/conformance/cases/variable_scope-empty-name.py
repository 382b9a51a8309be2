# variable_scope("") opens no name scope and keeps the current variable scope name.
import tensorflow as tf
with tf.variable_scope("a"):
    with tf.variable_scope("") as sc:
        v = tf.get_variable("v", [1])
        c = tf.constant(1)
print(repr(sc.name), v.name, c.name)
