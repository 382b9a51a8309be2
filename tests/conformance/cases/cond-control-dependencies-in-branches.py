# Control dependencies inside and across cond branches (a group, an assign before a read of the
# same variable through its RefSwitch): the read sees the assigned value, as TF's ref does.
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
p = tf.placeholder(tf.bool, [], name="p")
a = tf.identity(x, name="a")
v = tf.Variable([1.0, 2.0], name="v")
def t():
    with tf.control_dependencies([a]):
        y = x * 2.0
        c = tf.constant(1.0)
    g = tf.group(y, c)
    with tf.control_dependencies([g]):
        return tf.identity(y) + c
def f():
    with tf.control_dependencies([tf.assign(v, x)]):
        return tf.identity(v.read_value())
r = tf.cond(p, t, f)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
sess = tf.Session()
sess.run(tf.global_variables_initializer())
print(sess.run(r, {x: [3.0, 4.0], p: True}), sess.run(v))
print(sess.run(r, {x: [3.0, 4.0], p: False}), sess.run(v))
