import tensorflow as tf

# Rule: tf.Session() runs the default graph at the time it is made; inside
# `with g.as_default()` that is g.

g = tf.Graph()
with g.as_default():
    a = tf.constant(10)
    with tf.Session() as sess:
        print(sess.run(a * 2), sess.graph is g)
