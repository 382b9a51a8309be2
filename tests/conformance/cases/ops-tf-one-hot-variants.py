# one_hot_op_test OneHotTest testFloatBasic/testOnOffValues/testAxis/testPrefixDimOverflow-free/testStringDtype-free/testDtypeMismatch.
import tensorflow as tf
idx = tf.constant([0, 2, -1, 1])
a = tf.one_hot(idx, 3)
b = tf.one_hot(idx, 3, on_value=5, off_value=-1, axis=0, name="axis0")
c = tf.one_hot([[0, 1], [1, 0]], 2, axis=1, dtype=tf.float64)
d = tf.one_hot(idx, 3, on_value=1.0)
e = tf.one_hot(tf.placeholder(tf.int64, [None]), 4)
print(a.name, a.shape, a.dtype, b.name, b.shape, b.dtype, c.shape, c.dtype, d.dtype, e.shape)
print(sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("one_hot")))
try:
    tf.one_hot(idx, 3, on_value=1.0, off_value=0)
except TypeError as err:
    print("TypeError:", err)
try:
    tf.one_hot(idx, 3, on_value=1, dtype=tf.float32)
except TypeError as err:
    print("TypeError:", err)
with tf.Session() as sess:
    print(sess.run(a).tolist(), sess.run(b).tolist(), sess.run(c).tolist())
