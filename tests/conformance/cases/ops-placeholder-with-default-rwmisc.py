# tf.placeholder_with_default: the shape attr (less precise than the default allowed), the merge check, feeding.
import tensorflow as tf
p = tf.placeholder_with_default([1.0, 2.0], [None], name="p")
print(p)
q = tf.placeholder_with_default(3, [])
print(q, q.op.get_attr("shape"))
r = tf.placeholder_with_default(tf.zeros([2, 3]), shape=[None, 3])
print(r)
s = tf.placeholder_with_default([[1, 2]], None)
print(s)
try:
    tf.placeholder_with_default([1.0, 2.0], [3])
except ValueError as e:
    print(e)
try:
    tf.placeholder_with_default([1.0, 2.0], [2, 1])
except ValueError as e:
    print(e)
with tf.Session() as sess:
    print(sess.run([p, q, r], {p: [5.0, 6.0, 7.0]}))
