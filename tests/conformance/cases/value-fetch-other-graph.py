import tensorflow as tf

# Rule: a session runs one graph; fetching a tensor of another graph is a
# ValueError saying it is not an element of this graph.

g = tf.Graph()
with g.as_default():
    t = tf.constant(1, name="t")
u = tf.constant(2, name="u")
with tf.Session(graph=g) as sess:
    print(sess.run(t))
    print(sess.graph is g)
with tf.Session() as sess:
    sess.run(t)
