# tf.Variable(initial value reading another variable): _try_guard_against_uninitialized_dependencies
# copies each op on the path as `<op>_<new variable>` reading the other's initialized_value() cond,
# and the new variable's Assign reads that copy (so it works before the other is initialized).
import tensorflow as tf
a = tf.Variable([1.0, 2.0], name="a")
b = tf.Variable(a, name="b")
c = tf.Variable(tf.sigmoid(a) * 2.0)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    sess.run([b.initializer, c.initializer])
    print(sess.run([b, c]))
