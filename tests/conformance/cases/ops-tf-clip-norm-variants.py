# clip_ops_test ClipTest testClipByNormClipped/testClipByGlobalNorm*/testClipByAverageNorm/testClipByValueNonBroadcast.
import tensorflow as tf
a = tf.constant([[3.0, 4.0], [0.0, 0.0]])
b = tf.constant([1.0, 2.0, 2.0])
n1 = tf.clip_by_norm(a, 2.0)
n2 = tf.clip_by_norm(a, 2.0, axes=[1], name="rows")
g, norm = tf.clip_by_global_norm([a, b, None], 3.0)
g2, norm2 = tf.clip_by_global_norm([a], 100.0, use_norm=tf.constant(10.0))
v = tf.clip_by_value(a, [[1.0, 1.0], [0.5, 0.5]], 3.5)
av = tf.clip_by_average_norm(b, 1.0)
gn = tf.global_norm([a, b])
print(n1.name, n2.name, [t.name if t is not None else None for t in g], norm.name, g2[0].name, v.name, av.name, gn.name)
with tf.Session() as sess:
    out = sess.run([n1, n2, g[0], g[1], norm, g2[0], norm2, v, av, gn])
    print([o.round(4).tolist() for o in out])
