# A captured scope does not inherit the enclosing scope's reuse=True.
import tensorflow as tf
with tf.variable_scope("a") as sc:
    pass
with tf.variable_scope("b", reuse=True):
    with tf.variable_scope(sc) as inner:
        print(inner.reuse)
        v = tf.get_variable("new", [1])
print(v.name)
