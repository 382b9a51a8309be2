# control_flow_ops_test CaseTest testCase_withDefault/testCase_multiple_matches_exclusive/testCase_withoutDefault/testCase_dict: tf.case names, values and errors.
import tensorflow as tf
x = tf.constant(2)
y = tf.constant(5)
def f1(): return tf.constant(17)
def f2(): return tf.constant(23)
def f3(): return tf.constant(-1)
r1 = tf.case([(tf.less(x, y), f1), (tf.greater(x, y), f2)], default=f3)
r2 = tf.case({tf.equal(x, 2): f1, tf.equal(x, 3): f2}, default=f3, exclusive=True, name="excl")
r3 = tf.case([(tf.equal(x, 7), f1)], default=f3, name="nomatch")
print(r1.name, r2.name, r3.name)
print(sorted(set(op.name.split("/")[0] for op in tf.get_default_graph().get_operations())))
with tf.Session() as sess:
    print(sess.run([r1, r2, r3]))
    multi = tf.case([(tf.equal(x, 2), f1), (tf.less(x, 3), f2)], default=f3, exclusive=True)
    try:
        sess.run(multi)
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError:", e.message.splitlines()[0][:120])
try:
    tf.case([(tf.equal(x, 2), 1)])
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
try:
    tf.case([(1, f1)])
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
