# After reuse_variables() a new name cannot be created: it "does not exist".
import tensorflow as tf
with tf.variable_scope("a") as sc:
    sc.reuse_variables()
    tf.get_variable("new", [1])
