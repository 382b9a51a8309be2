# tf.placeholder_with_default: a PlaceholderWithDefault whose static shape is the given (less precise)
# shape; it yields its input unless fed.
import tensorflow as tf
d = tf.zeros([2, 3])
p = tf.placeholder_with_default(d, [None, 3])
q = tf.placeholder_with_default([1, 2], shape=[2], name="q")
r = tf.placeholder_with_default(tf.constant(1.5), [])
s = p * 2.0
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
print(p, q, r)
sess = tf.Session()
print(sess.run([s, q, r]))
print(sess.run(s, {p: [[1.0, 2.0, 3.0]]}))
import tensorflow as tf
try:
    tf.placeholder_with_default(tf.zeros([2, 3]), [None, 4])
except ValueError as e:
    print("E1", e)
try:
    tf.placeholder_with_default(tf.zeros([2, 3]), [3])
except ValueError as e:
    print("E2", e)
