# An initializer class passed without calling it is instantiated by get_variable.
import tensorflow as tf
v = tf.get_variable("v", [2], initializer=tf.ones_initializer)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(v))
