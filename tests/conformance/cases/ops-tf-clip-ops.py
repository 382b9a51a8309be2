# clip_ops_test testClipByValue/testClipByNorm/testClipByGlobalNorm/testClipByAverageNorm/testClipByGlobalNormInf: op names and values, the global norm tensor, None entries, IndexedSlices.
import tensorflow as tf
x = tf.constant([[-5.0, 2.0, 3.0], [4.0, 5.0, -6.0]], name="x")
cv = tf.clip_by_value(x, -4.0, 4.0)
cn = tf.clip_by_norm(x, 4.0)
cn1 = tf.clip_by_norm(x, 4.0, axes=[1])
t0 = tf.constant([-3.0, 0.0, 0.0, 4.0, 0.0, 0.0])
t1 = tf.constant([1.0, -2.0])
clipped, norm = tf.clip_by_global_norm([t0, t1, None], 4.0)
gn = tf.global_norm([t0, t1])
print(cv.name, cn.name, cn1.name, [c.name if c is not None else None for c in clipped], norm.name, gn.name)
with tf.Session() as sess:
    print(sess.run(cv).tolist(), sess.run(cn).round(4).tolist(), sess.run(cn1).round(4).tolist())
    print([a.round(4).tolist() for a in sess.run(clipped[:2])], round(float(sess.run(norm)), 4), round(float(sess.run(gn)), 4))
ind = tf.IndexedSlices(tf.constant([[3.0, 4.0]]), tf.constant([1]), tf.constant([3, 2]))
ci = tf.clip_by_norm(ind, 1.0)
print(type(ci).__name__, ci.values.name)
cg, n2 = tf.clip_by_global_norm([ind, t1], 1.0)
print(type(cg[0]).__name__, n2.name)
with tf.Session() as sess:
    print(sess.run(ci.values).tolist(), sess.run(cg[0].values).round(4).tolist())
for bad in (lambda: tf.clip_by_global_norm(t0, 1.0), lambda: tf.clip_by_value(x, [1.0, 2.0], 3.0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:200])
