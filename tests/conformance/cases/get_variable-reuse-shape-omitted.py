# When reusing, shape may be omitted and the existing variable is returned.
import tensorflow as tf
v = tf.get_variable("v", [4])
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    w = tf.get_variable("v")
print(w is v, w.shape)
