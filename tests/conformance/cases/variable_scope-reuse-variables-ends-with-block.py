# reuse_variables() lasts for the block; re-opening the scope by name starts without reuse.
import tensorflow as tf
with tf.variable_scope("a") as sc:
    tf.get_variable("v", [1])
    sc.reuse_variables()
    print(tf.get_variable_scope().reuse)
with tf.variable_scope("a") as sc2:
    print(sc2.reuse)
