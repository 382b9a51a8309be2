# tf.nn.l2_loss is one L2Loss op (float only); sigmoid_cross_entropy_with_logits is built from
# zeros_like, GreaterEqual, two Selects, Neg, mul, sub, Exp, Log1p under `logistic_loss`.
import tensorflow as tf
x = tf.constant([[2., -2., 3.], [4., 0.5, -6.]], name="x")
l2 = tf.nn.l2_loss(x)
l2b = tf.nn.l2_loss([1., 2.], name="l2")
sce = tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.constant([[1., 0., 1.], [0., 0.5, 1.]]), logits=x)
for t in [l2, l2b, sce]:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run([l2, l2b, sce]))
for f in [lambda: tf.nn.l2_loss(tf.constant(2)),
          lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.ones([3]), logits=x)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(e)
tf.nn.sigmoid_cross_entropy_with_logits(x, x)
