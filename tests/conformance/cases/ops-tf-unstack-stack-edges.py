# array_ops stack_op_test/unstack_op_test testSimple/testAxis/testNegativeAxis/testZeroSize/testCannotInferNum/testAxisOutOfRange.
import tensorflow as tf
import numpy as np
x = tf.constant(np.arange(24).reshape(2, 3, 4))
u0 = tf.unstack(x)
u1 = tf.unstack(x, axis=1, name="cols")
u2 = tf.unstack(x, axis=-1)
print([t.name for t in u0], [t.name for t in u1][:2], len(u2), u2[0].shape)
s0 = tf.stack(u1, axis=1)
s1 = tf.stack([tf.constant(1), tf.constant(2)], name="pair")
s2 = tf.stack([[1, 2], [3, 4]], axis=-1)
s3 = tf.stack([tf.zeros([0, 2]), tf.zeros([0, 2])])
print(s0.name, s0.shape, s1.name, s2.shape, s3.shape)
try:
    tf.unstack(tf.placeholder(tf.float32, [None, 3]))
except ValueError as e:
    print("ValueError:", e)
try:
    tf.unstack(x, axis=3)
except ValueError as e:
    print("ValueError:", e)
try:
    tf.stack([tf.ones([2]), tf.ones([3])])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
try:
    tf.stack([x, x], axis=4)
except ValueError as e:
    print("ValueError:", e)
print(len(tf.unstack(tf.placeholder(tf.float32, [None, 3]), axis=1)))
print(len(tf.unstack(tf.ones([3, 0]), axis=1)), tf.unstack(x, num=2)[1].name)
with tf.Session() as sess:
    print(sess.run(u2[3]).tolist(), sess.run(s0).tolist() == sess.run(x).tolist(), sess.run(s2).tolist())
