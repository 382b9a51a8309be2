# `with tf.Session(graph=g):` makes g the default graph as well as sess the default session
# (BaseSession.__enter__ enters graph.as_default()): ops built inside land in g; on exit the
# previous default graph is back.
import tensorflow as tf
outer = tf.constant(1.0, name="outer")
g = tf.Graph()
with g.as_default():
    v = tf.Variable(3.0, name="v")
with tf.Session(graph=g) as sess:
    init = tf.global_variables_initializer()
    print(init.graph is g, tf.get_default_graph() is g, tf.get_default_session() is sess)
    sess.run(init)
    w = v * 2.0
    print(w.name, sess.run(w))
    with tf.Session() as inner:
        print(inner.graph is g, tf.get_default_graph() is g)
    print(tf.get_default_graph() is g)
print(tf.get_default_graph() is g, tf.get_default_graph() is outer.graph)
print([op.name for op in g.get_operations()])
print([op.name for op in tf.get_default_graph().get_operations()])
sess2 = tf.Session()
with sess2:
    print(tf.get_default_graph() is outer.graph, tf.constant(2.0, name="inner").graph is outer.graph)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
