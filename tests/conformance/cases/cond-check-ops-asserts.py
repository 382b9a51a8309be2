# The v1 binary asserts (assert_equal/none_equal/less/less_equal/greater_equal): reduce_all of the
# comparison into tf.Assert (guarded by a cond for non-int32 data), their runtime messages, the
# static check of constants, and sparse_softmax_cross_entropy_with_logits' assert_equal of the
# shapes when they are known only at run time.
import tensorflow as tf
x = tf.placeholder(tf.int32, [None], name="x")
y = tf.placeholder(tf.int32, [None], name="y")
f = tf.placeholder(tf.float32, [None], name="f")
a1 = tf.assert_equal(x, y)
a2 = tf.debugging.assert_less(f, 3.0, message="too big", summarize=2)
a3 = tf.assert_greater_equal(x, 0, name="nonneg")
a4 = tf.assert_none_equal(x, y, data=["x and y", x])
a5 = tf.assert_equal(x, x)
a6 = tf.assert_less_equal(tf.constant([1, 2]), tf.constant([2, 2]))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
print(a1.name, a2.name, a3.name, a4.name, a5.name, a6.name)
sess = tf.Session()
def show(fetch, feed):
    try:
        sess.run(fetch, feed)
        print("passed")
    except tf.errors.InvalidArgumentError as e:
        print([l for l in e.message.splitlines() if "assertion failed" in l])
show(a1, {x: [1, 2], y: [1, 2]})
show(a1, {x: [1, 2], y: [1, 3]})
show(a2, {f: [1.0, 2.5, 4.0, 5.0]})
show(a3, {x: [-1, 2]})
show(a4, {x: [1, 2], y: [1, 3]})
try:
    tf.assert_equal(tf.constant([1, 2]), tf.constant([1, 3]), name="static")
except tf.errors.InvalidArgumentError as e:
    print(type(e).__name__, e.message)
logits = tf.placeholder(tf.float32, [None, None, 3])
labels = tf.placeholder(tf.int32, [None, None])
xent = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits, name="xent")
import numpy as np
lv = np.arange(12, dtype=np.float32).reshape(2, 2, 3) / 4
print(np.round(sess.run(xent, {logits: lv, labels: [[0, 1], [2, 0]]}), 4))
show(xent, {logits: lv, labels: [[0, 1, 2], [2, 0, 1]]})
