# ops_test OpScopeTest: op_scope(values, name, default_name): no name is a ValueError, "" is the root, the default name applies, values from two graphs are a ValueError.
import tensorflow as tf
g0 = tf.Graph()
with g0.as_default():
    a = tf.constant(1.0, name="a")
    b = tf.constant(2.0, name="b")
    variable = tf.Variable([1.0])
for args in [([a, b], None), ([a, b], None, None)]:
    try:
        with tf.op_scope(*args):
            pass
    except ValueError as e:
        print("ValueError:", e)
with tf.op_scope([a, b], "") as scope:
    print(repr(scope), tf.get_default_graph() is g0)
with tf.op_scope([a, b], "", "my_default_scope") as scope:
    print(repr(scope), tf.get_default_graph() is g0)
with tf.op_scope([a, b], "my_scope", "my_default_scope") as scope:
    print(scope, tf.get_default_graph() is g0)
with tf.op_scope([a, b], None, "my_default_scope") as scope:
    print(scope, tf.get_default_graph() is g0)
with tf.op_scope([a, variable, b], "my_scope") as scope:
    print(scope, tf.get_default_graph() is g0)
g1 = tf.Graph()
with g1.as_default():
    c = tf.constant(3.0, name="c")
try:
    with tf.op_scope([a, variable, b, c], "my_scope"):
        pass
except ValueError as e:
    print("ValueError:", str(e)[:60])
print(tf.get_default_graph() is g0)
