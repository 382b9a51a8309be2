# A captured scope keeps its reuse flag when re-entered; reuse=True on re-entry turns it on.
import tensorflow as tf
with tf.variable_scope("a") as sc:
    tf.get_variable("v", [1])
with tf.variable_scope(sc) as s1:
    print(s1.reuse)
with tf.variable_scope(sc, reuse=True) as s2:
    print(s2.reuse, tf.get_variable("v", [1]).name)
