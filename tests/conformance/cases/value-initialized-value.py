import tensorflow as tf

# Rule: a variable's initial_value is an ordinary tensor (runs without
# initialisation); initialized_value() reads the variable after making sure
# it is initialised, so another variable can start from it.

w = tf.Variable([1.0, 2.0], name="w")
w2 = tf.Variable(w.initialized_value() * 2, name="w2")
with tf.Session() as sess:
    print(sess.run(w.initial_value))
    sess.run(tf.global_variables_initializer())
    print(sess.run(w2))
