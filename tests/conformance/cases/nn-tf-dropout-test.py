# nn_test DropoutTest testShapedDropout/testInvalidKeepProb/testInvalidRate/testNoDropout/testDropoutPlaceholderKeepProb: op names, noise_shape, errors, rate 0 and keep_prob 1 shortcuts.
import tensorflow as tf
x = tf.ones([4, 5])
d1 = tf.nn.dropout(x, keep_prob=0.5, seed=1)
d2 = tf.nn.dropout(x, rate=0.3, noise_shape=[4, 1], seed=2)
d3 = tf.nn.dropout(x, keep_prob=1.0)
d4 = tf.nn.dropout(x, rate=0.0)
kp = tf.placeholder(tf.float32)
d5 = tf.nn.dropout(x, keep_prob=kp)
for t in (d1, d2, d3, d4, d5):
    print(t.name, t.get_shape())
print(sorted(set(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("dropout/"))))
for bad in (lambda: tf.nn.dropout(x, keep_prob=0.0), lambda: tf.nn.dropout(x, rate=1.0), lambda: tf.nn.dropout(x, rate=-0.1), lambda: tf.nn.dropout(x, keep_prob=0.5, rate=0.5), lambda: tf.nn.dropout(x, rate=tf.constant([0.5, 0.5])), lambda: tf.nn.dropout(tf.ones([2], tf.int32), rate=0.5), lambda: tf.nn.dropout(x, rate=0.5, noise_shape=[3, 1])):
    try:
        bad()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:200])
with tf.Session() as sess:
    v = sess.run(d5, {kp: 1.0})
    print(v.tolist()[0], sess.run(d3).sum())
    o = sess.run(d2)
    print(set(round(float(a), 4) for a in o.ravel()) <= {0.0, 1.4286}, all(len(set(row)) == 1 for row in o.tolist()))
