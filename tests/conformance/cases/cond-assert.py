# tf.Assert: a plain Assert op when the data are strings and int32, else guarded by a tf.cond
# (AssertGuard); its runtime message with data summarized to `summarize` values.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None])
m = tf.placeholder(tf.float32, [None, None])
n = tf.placeholder(tf.int32, [])
a1 = tf.Assert(tf.reduce_all(x > 0), ["x must be positive", x, n], summarize=4)
a2 = tf.Assert(n > 0, ["n", n])
a3 = tf.Assert(n > 0, [m, tf.constant([True, False])], name="named")
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
print(a1.name, a2.name, a3.name)
sess = tf.Session()
print(sess.run([a1, a2], {x: [1, 2], n: 3}))
def show(fetch, feed):
    try:
        sess.run(fetch, feed)
        print("passed")
    except tf.errors.InvalidArgumentError as e:
        print([l for l in e.message.splitlines() if "assertion failed" in l])
show(a1, {x: [1, -2, 3, 4, 5, 6], n: 3})
show(a2, {n: 0})
show(a3, {n: -1, m: [[0.5, 1.5], [2.5, 3]]})
show(a3, {n: -1, m: [[0.5, 1.5, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]]})
try:
    tf.Assert(tf.constant(False), ["static"])
    print("no error")
except Exception as e:
    print(type(e).__name__, e)
print(tf.Assert(True, [1.0]).name)
