# reuse_variables() on a scope object sets its reuse, so re-entering the object reuses.
import tensorflow as tf
with tf.variable_scope("a") as sc:
    v = tf.get_variable("v", [1])
    sc.reuse_variables()
with tf.variable_scope(sc) as again:
    print(again.reuse, tf.get_variable("v", [1]) is v)
