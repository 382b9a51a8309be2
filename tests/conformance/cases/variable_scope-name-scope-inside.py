# name_scope inside variable_scope: tf.Variable and ops get "vs/ns/", get_variable stays "vs/".
import tensorflow as tf
with tf.variable_scope("vs"):
    with tf.name_scope("ns"):
        v = tf.get_variable("v", [1])
        w = tf.Variable(1.0, name="w")
print(v.name, w.name)
