# control_flow_ops_py_test: cond returning tuples/lists/dicts, a branch returning an op, strict mode, mismatched structures are errors.
import tensorflow as tf
x = tf.constant(2)
p = tf.constant(True)
r1 = tf.cond(p, lambda: (x + 1, x * 2), lambda: (x - 1, x * 3))
r2 = tf.cond(p, lambda: [x], lambda: [x + 1])
r3 = tf.cond(p, lambda: {"a": x, "b": x + 1}, lambda: {"a": x - 1, "b": x})
r4 = tf.cond(p, lambda: [x], lambda: [x + 1], strict=True)
v = tf.Variable(1)
r5 = tf.cond(p, lambda: tf.assign(v, 5).op, lambda: tf.no_op())
print(r1, r2, r3, r4, r5.name, r5.op.type)
for t, f in [(lambda: (x, x), lambda: x), (lambda: x, lambda: tf.constant(1.0))]:
    try:
        tf.cond(p, t, f)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([r1, r2, r3, r4]))
    sess.run(r5)
    print(sess.run(v))
