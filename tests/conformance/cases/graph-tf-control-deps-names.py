# ops_test ControlDependenciesTest testBasic/testNested/testClear/testEager-free, tf.group/tf.tuple/with_dependencies names.
import tensorflow as tf
a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
with tf.control_dependencies([a]):
    c = tf.add(a, b, name="c")
    with tf.control_dependencies([b]):
        d = tf.identity(c, name="d")
    with tf.control_dependencies(None):
        e = tf.identity(c, name="e")
g = tf.group(c, d, name="grp")
t = tf.tuple([c, d], name="tup")
w = tf.control_dependencies([g])
with w:
    f = tf.multiply(c, 2.0, name="f")
print([i.name for i in c.op.control_inputs], [i.name for i in d.op.control_inputs], [i.name for i in e.op.control_inputs])
print(g.name, g.type, [i.name for i in g.control_inputs], [x.name for x in t], [i.name for i in f.op.control_inputs])
print(sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("tup")))
try:
    with tf.control_dependencies([1.0]):
        pass
except TypeError as err:
    print("TypeError:", str(err).splitlines()[0])
with tf.Session() as sess:
    print(sess.run([f, t]))
