# tf.Variable ignores reuse=True: it always creates, under the uniquified name scope.
import tensorflow as tf
with tf.variable_scope("s"):
    a = tf.Variable(1.0, name="v")
with tf.variable_scope("s", reuse=True):
    b = tf.Variable(1.0, name="v")
print(a.name, b.name)
