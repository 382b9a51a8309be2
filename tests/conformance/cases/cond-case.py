# tf.case (v1): list and dict pairs, exclusive (an Assert that at most one predicate holds), the
# default made from the last pair (Asserts that none other holds), values in a session, the failing
# default assert, and tf.case's argument errors.
import tensorflow as tf
x = tf.placeholder(tf.int32, [], name="x")
y = tf.placeholder(tf.int32, [], name="y")
f1 = lambda: tf.constant(17)
f2 = lambda: tf.constant(23)
r1 = tf.case([(tf.less(x, y), f1)], default=f2)
r2 = tf.case([(tf.less(x, y), f1), (tf.greater(x, y), f2)], default=lambda: tf.constant(-1), exclusive=True)
r3 = tf.case({tf.less(x, y, name="lt"): f1, tf.greater(x, y, name="gt"): f2}, default=lambda: tf.constant(-1), exclusive=True, name="dict_case")
r4 = tf.case([(tf.less(x, y), f1), (tf.greater(x, y), f2)])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
print(r1, r2, r3, r4)
sess = tf.Session()
for xv, yv in ((1, 2), (3, 2), (2, 2)):
    print(sess.run([r1, r2, r3], {x: xv, y: yv}))
    try:
        print(sess.run(r4, {x: xv, y: yv}))
    except tf.errors.InvalidArgumentError as e:
        print([l for l in e.message.splitlines() if "assertion failed" in l])
def attempt(f):
    try:
        print("OK", f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt(lambda: tf.case(3))
attempt(lambda: tf.case([(tf.less(x, y), 3, 3)]))
attempt(lambda: tf.case([(True, f1)]))
attempt(lambda: tf.case([(x, f1)]))
attempt(lambda: tf.case([(tf.less(x, y), 5)]))
attempt(lambda: tf.case([]))
attempt(lambda: tf.case([(tf.less(x, y), f1)], strict=True))
for op in tf.get_default_graph().get_operations()[-12:]:
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
