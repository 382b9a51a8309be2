import tensorflow as tf

with tf.variable_scope("tower"):
    w = tf.get_variable("w", [3], initializer=tf.zeros_initializer())
    y = tf.add(w, 1.0, name="y")
with tf.variable_scope("tower"):
    w2 = tf.get_variable("w", [3])
