# nn_test testL2Normalize/testMoments/testSoftmax/testLogSoftmax/testSigmoidCrossEntropyWithLogits/testReluGradient/testBatchNormalization: op names, shapes and small values.
import tensorflow as tf
x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], name="x")
l2 = tf.nn.l2_normalize(x, axis=1)
mean, var = tf.nn.moments(x, axes=[0])
mk, vk = tf.nn.moments(x, axes=[1], keep_dims=True)
sm = tf.nn.softmax(x)
lsm = tf.nn.log_softmax(x, axis=0)
labels = tf.constant([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
sce = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=x)
wce = tf.nn.weighted_cross_entropy_with_logits(labels=labels, logits=x, pos_weight=2.0)
sx = tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.nn.softmax(labels), logits=x)
ssx = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([2, 0]), logits=x)
bn = tf.nn.batch_normalization(x, mean, var, offset=None, scale=None, variance_epsilon=1e-3)
relu_grad = tf.gradients(tf.nn.relu(x - 3.0), x)[0]
ops = [l2, mean, var, mk, vk, sm, lsm, sce, wce, sx, ssx, bn, relu_grad, tf.nn.relu6(x * 2.0), tf.nn.elu(x - 3.0), tf.nn.softplus(x), tf.nn.leaky_relu(x - 3.0, alpha=0.1), tf.nn.bias_add(x, [1.0, 2.0, 3.0])]
for t in ops:
    print(t.name, t.get_shape())
with tf.Session() as sess:
    for v in sess.run(ops):
        print(v.round(4).tolist())
for bad in (lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.constant([1.0]), logits=x), lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([[2, 0]]), logits=x), lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.constant([1.0, 0.0]), logits=x), lambda: tf.nn.bias_add(x, [1.0, 2.0])):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0][:220])
