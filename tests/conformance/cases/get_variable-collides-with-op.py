# get_variable's op is uniquified against op names: an op "foo/v" pushes the variable to "foo/v_1".
import tensorflow as tf
tf.constant(1, name="foo/v")
with tf.variable_scope("foo"):
    v = tf.get_variable("v", [1])
print(v.name)
with tf.variable_scope("foo", reuse=True):
    print(tf.get_variable("v").name)
