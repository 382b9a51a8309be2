# ops_test GraphTest: as_default binds the graph itself; the default graph is restored on exit; as_graph_element by name.
import tensorflow as tf
orig = tf.get_default_graph()
g0 = tf.Graph()
print(tf.get_default_graph() is orig)
cm = g0.as_default()
print(tf.get_default_graph() is orig)
with cm as g1:
    print(g1 is g0, tf.get_default_graph() is g0)
    with tf.Graph().as_default() as g2:
        print(tf.get_default_graph() is g2)
    print(tf.get_default_graph() is g0)
    a = tf.constant(1.0, name="const")
print(tf.get_default_graph() is orig)
print(g0.as_graph_element("const:0") is a, g0.as_graph_element(a) is a, g0.as_graph_element("const").name)
try:
    g0.as_graph_element(5)
except TypeError as e:
    print("TypeError:", e)
try:
    g0.as_graph_element("const:0", allow_operation=False, allow_tensor=False)
except ValueError as e:
    print("ValueError:", e)
g0.finalize()
print(g0.finalized)
with g0.as_default():
    try:
        tf.constant(2.0)
    except RuntimeError as e:
        print("RuntimeError:", e)
