# Inside a scope the full name starts with the scope, so an op named "_x" is fine there.
import tensorflow as tf
with tf.name_scope("s"):
    print(tf.constant(1, name="_x").name)
