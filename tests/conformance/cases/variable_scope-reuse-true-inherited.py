# reuse=True is inherited by nested scopes, even ones opened with reuse=False.
import tensorflow as tf
with tf.variable_scope("a"):
    with tf.variable_scope("b"):
        tf.get_variable("v", [1])
with tf.variable_scope("a", reuse=True) as outer:
    with tf.variable_scope("b", reuse=False) as inner:
        v = tf.get_variable("v", [1])
print(outer.reuse, inner.reuse, v.name)
