# A name scope "d" does not count for default_name: variable scope "d", name scope "d_1/".
import tensorflow as tf
with tf.name_scope("d"):
    pass
with tf.variable_scope(None, default_name="d") as sc:
    print(sc.name, sc.original_name_scope)
