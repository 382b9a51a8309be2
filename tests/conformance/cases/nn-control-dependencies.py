# tf.control_dependencies (nesting, None, dominated inputs, inputs filtered), tf.group, tf.tuple: control inputs and values.
import tensorflow as tf
a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
with tf.control_dependencies([a, b.op]):
    c = tf.add(a, 1.0)
    d = tf.constant(3.0)
    e = d * 2.0
    with tf.control_dependencies(None):
        f = tf.identity(a)
    with tf.control_dependencies([c]):
        g = tf.identity(b)
    with tf.device("/cpu:0"):
        h = tf.no_op(name="h")
g2 = tf.group(c, e, name="grp")
g3 = tf.group(c)
g4 = tf.group()
t = tf.tuple([c, e])
t2 = tf.tuple([c, e], control_inputs=[b], name="tup")
print(h.device)
with tf.Session() as s:
    print(s.run([t, g2, c]))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [x.name for x in op.control_inputs])
print(g2, t, t2)
for f in [lambda: tf.control_dependencies([1.0]), lambda: tf.tuple([1.0])]:
    try:
        with f():
            pass
    except (TypeError, ValueError) as err:
        print(err)
