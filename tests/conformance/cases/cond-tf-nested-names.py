# control_flow_ops_py_test: cond inside while, while inside cond, nested conds: op names and values.
import tensorflow as tf
def cond_in_while():
    n = tf.convert_to_tensor(0, name="n")
    c = lambda x: tf.less(x, 10)
    b = lambda x: tf.cond(tf.less(0, x), lambda: tf.add(x, 1), lambda: tf.add(x, 2))
    return tf.while_loop(c, b, [n])
def while_in_cond():
    n = tf.convert_to_tensor(0, name="n2")
    c = lambda x: tf.less(x, 10)
    b = lambda x: tf.add(x, 1)
    r = tf.cond(tf.less(0, 1), lambda: tf.while_loop(c, b, [n]), lambda: n)
    return r
def nested_cond():
    x = tf.constant(10)
    r = tf.cond(tf.less(1, 0), lambda: tf.add(x, 1),
                lambda: tf.cond(tf.less(x, 100), lambda: tf.add(x, 2), lambda: tf.add(x, 3)))
    return r
a, b, c = cond_in_while(), while_in_cond(), nested_cond()
print(a.name, b.name, c.name)
ops = [op.name for op in tf.get_default_graph().get_operations()]
print([o for o in ops if o.startswith("while/cond")][:14])
print([o for o in ops if o.startswith("cond_1/") or o.startswith("cond_2/")])
with tf.Session() as sess:
    print(sess.run([a, b, c]))
