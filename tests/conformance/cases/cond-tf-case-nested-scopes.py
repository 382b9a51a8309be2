# control_flow_ops_test CaseTest + cond_v2-free testCondNested/testCondInsideScope: names of nested cond/case in scopes.
import tensorflow as tf
x = tf.placeholder(tf.int32, [], name="x")
with tf.name_scope("outer"):
    def inner():
        with tf.name_scope("deep"):
            return tf.cond(x > 5, lambda: x * 2, lambda: x * 3, name="inner")
    r = tf.cond(x > 0, inner, lambda: tf.constant(-1), name="top")
    c = tf.case([(tf.equal(x, 1), lambda: tf.constant(10)), (tf.equal(x, 2), lambda: tf.constant(20))],
                default=lambda: tf.constant(0))
    with tf.variable_scope("vs"):
        v = tf.cond(x < 3, lambda: tf.add(x, 1, name="plus"), lambda: tf.subtract(x, 1, name="minus"))
print(r.name, c.name, v.name)
print(sorted(op.name for op in tf.get_default_graph().get_operations() if "plus" in op.name or "minus" in op.name or "mul" in op.name))
with tf.Session() as sess:
    for value in [-2, 1, 2, 7]:
        print(sess.run([r, c, v], {x: value}))
