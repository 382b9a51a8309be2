# get_variable ignores name_scope, but its op names still count against the name scope's ops.
import tensorflow as tf
with tf.name_scope("ns"):
    v = tf.get_variable("v", [1])
    c = tf.constant(1)
print(v.name, c.name)
