# topk_op_test TopKTest testTop1/testTop3/testTopAll/testKNegative, in_topk_op_test testInTop1/testInTop2/testInTopNan-free.
import tensorflow as tf
x = tf.constant([[0.1, 0.3, 0.2, 0.4], [0.4, 0.3, 0.2, 0.1]])
v, i = tf.nn.top_k(x, k=2)
v2, i2 = tf.nn.top_k(x, k=4, sorted=True, name="all")
v3, _ = tf.math.top_k(tf.constant([3, 1, 2]), 1)
t = tf.nn.in_top_k(x, [3, 2], 1)
t2 = tf.math.in_top_k(x, tf.constant([1, 1], tf.int64), 2)
print(v.name, i.name, v.shape, i.dtype, v2.name, v3.name, t.name, t.dtype, t2.name)
try:
    tf.nn.top_k(x, k=5)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:110])
try:
    tf.nn.top_k(x, k=-1)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:110])
g = tf.gradients(tf.reduce_sum(v * 2.0), x)[0]
print(g.name)
with tf.Session() as sess:
    print(sess.run([v, i, v2, i2, v3, t, t2, g]))
