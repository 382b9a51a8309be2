# The v1 casts tf.to_int64 / to_double / to_bfloat16 (cast under ToInt64 ...), tf.shape of a
# SparseTensor (its dense_shape cast, "Shape/Cast") and tf.cast of a SparseTensor (its values).
import numpy as np
import tensorflow as tf

x = tf.constant([1.5, 2.5], name="x")
print(tf.to_int64(x).name, tf.to_double(x).name, tf.to_bfloat16(x).name, tf.to_int64(x, name="i").name)
sp = tf.sparse_placeholder(tf.float32, name="sp")
s = tf.shape(sp)
s64 = tf.to_int64(tf.shape(sp, out_type=tf.int64))
print(s.name, s.dtype, s64.name, s64.dtype)
sq = tf.SparseTensor(sp.indices, tf.square(sp.values), tf.to_int64(tf.shape(sp)))
c = tf.cast(sq, tf.int32)
print(type(c).__name__, c.values.name, c.dtype, c.indices.name)
c2 = tf.cast(sq, tf.float32)
print(c2.values.name)
with tf.Session() as sess:
    feed = {sp: (np.array([[0, 1], [2, 0]]), np.array([3.0, -2.0], np.float32), np.array([3, 2]))}
    print(sess.run([s, s64], feed))
    print(sess.run(c, feed))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
