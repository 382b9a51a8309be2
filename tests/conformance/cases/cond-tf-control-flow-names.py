# control_flow_ops_py_test testCondTrue/testCondFalse/testCond_1/testCondRef/testCondIndexedSlices(names)/testCondWithControl: the cond's Switch/Merge names, pred_id, branch ops, values.
import tensorflow as tf
x = tf.constant(2)
y = tf.constant(5)
z = tf.cond(tf.less(x, y), lambda: tf.multiply(x, 17), lambda: tf.add(y, 23))
print(z.name, z.op.type, [i.name for i in z.op.inputs])
names = [op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("cond/")]
print(names)
with tf.Session() as sess:
    print(sess.run(z))
z2 = tf.cond(tf.greater(x, y), lambda: tf.multiply(x, 17), lambda: tf.add(y, 23), name="mycond")
print(z2.name, sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("mycond")))
with tf.Session() as sess:
    print(sess.run(z2))
v = tf.Variable(7, name="v")
r = tf.cond(tf.constant(True), lambda: v, lambda: v + 1)
print(r.name, r.op.type, r.dtype)
with tf.control_dependencies([tf.no_op(name="before")]):
    c = tf.cond(tf.constant(False), lambda: tf.constant(1), lambda: tf.constant(2))
print(c.name, [op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("cond_2/")])
print([i.name for i in tf.get_default_graph().get_operation_by_name("cond_2/Switch").control_inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([r, c]))
