# control_flow_ops_test: tf.group and tf.tuple names and control inputs, groups of groups, tuple with control_inputs, no_op names.
import tensorflow as tf
a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
v = tf.Variable(0.0, name="v")
g1 = tf.group(a, b)
g2 = tf.group(a.op, b.op, name="mygroup")
g3 = tf.group()
g4 = tf.group([a, b], g1)
t = tf.tuple([a, b])
t2 = tf.tuple([a, b], control_inputs=[v.initializer], name="tt")
print(g1.name, g2.name, g3.name, g4.name, [x.name for x in g1.control_inputs], [x.name for x in g4.control_inputs])
print([x.name for x in t], [x.op.control_inputs[0].name if x.op.control_inputs else None for x in t])
print([x.name for x in t2], [[c.name for c in x.op.control_inputs] for x in t2])
with tf.device("/cpu:0"):
    c = tf.constant(3.0)
with tf.device("/gpu:0"):
    d = tf.constant(4.0)
g5 = tf.group(c, d, a)
print(g5.name, g5.type, [x.name for x in g5.control_inputs], [(op.name, op.device) for op in tf.get_default_graph().get_operations() if op.name.startswith("group_deps_")])
try:
    tf.group(a, b, bad=1)
except ValueError as e:
    print("ValueError:", e)
try:
    tf.tuple([a, None, b])
except Exception as e:
    print(type(e).__name__ + ":", e)
print(tf.tuple([a, None, b]) if False else "")
