# tf.Variable follows the name scope: in a re-opened variable_scope("s") it is "s_1/v".
import tensorflow as tf
with tf.variable_scope("s"):
    a = tf.Variable(1.0, name="v")
with tf.variable_scope("s"):
    b = tf.Variable(1.0, name="v")
print(a.name, b.name)
