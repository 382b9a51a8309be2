# tf.assign / assign_add / assign_sub are the ops Variable.assign makes, but with use_locking=true.
import tensorflow as tf
v = tf.Variable([1, 2], name="v")
a = tf.assign(v, [3, 4])
b = tf.assign_add(v, [10, 10], name="inc")
c = tf.assign_sub(v, [1, 1])
print(a, b, c)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(a), sess.run(b), sess.run(c), sess.run(v))
try:
    tf.assign(v, [1, 2, 3])
except ValueError as e:
    print(e)
print(tf.assign(v, [1, 2, 3], validate_shape=False))
try:
    tf.assign_add(v, [1.5, 2.])
except TypeError as e:
    print(e)
x = tf.constant(1.0)
tf.assign(x, 2.0)
