# Re-opening variable_scope("foo") reuses the variable scope "foo" but opens name scope "foo_1/".
import tensorflow as tf
with tf.variable_scope("foo"):
    v = tf.get_variable("v", [1])
    c1 = tf.constant(1)
with tf.variable_scope("foo"):
    w = tf.get_variable("w", [1])
    c2 = tf.constant(1)
print(v.name, w.name, c1.name, c2.name)
