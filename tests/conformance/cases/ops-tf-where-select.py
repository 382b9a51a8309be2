# where_op_test WhereOpTest testBasicVec/testBasicMat/testRandomBool and array_ops_test testWhere/testWhereV2 broadcasting.
import tensorflow as tf
import numpy as np
m = tf.constant([[True, False], [False, True], [True, True]])
w = tf.where(m)
x = tf.reshape(tf.range(6), [3, 2])
s = tf.where(m, x, -x)
s2 = tf.where_v2(m, x, 0)
s3 = tf.compat.v1.where(tf.constant([True, False, True]), tf.ones([3, 2]), tf.zeros([3, 2]))
print(w.name, w.shape, w.dtype, s.name, s.shape, s2.name, s2.shape, s3.shape)
try:
    tf.where(m, x)
except ValueError as err:
    print("ValueError:", err)
try:
    tf.where(tf.constant([True, False]), tf.ones([3, 2]), tf.zeros([3, 2]))
except ValueError as err:
    print("ValueError:", str(err).splitlines()[0])
with tf.Session() as sess:
    print(sess.run(w).tolist(), sess.run(s).tolist(), sess.run(s2).tolist(), sess.run(s3).tolist())
    print(sess.run(tf.where(tf.zeros([2, 0], tf.bool))).shape)
