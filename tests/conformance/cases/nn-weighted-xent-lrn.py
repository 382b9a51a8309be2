# tf.nn.weighted_cross_entropy_with_logits (logistic_loss scope, operator names), tf.nn.lrn / local_response_normalization:
# graph, LRN values for beta 0.75 and 1, shape errors (float attrs quoted as TF prints them).
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3])
y = tf.placeholder(tf.float32, [None, 3])
a = tf.nn.weighted_cross_entropy_with_logits(y, x, 2.0)
b = tf.nn.weighted_cross_entropy_with_logits(labels=y, logits=x, pos_weight=0.5, name="w")
c = tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=x)
im = tf.placeholder(tf.float32, [None, 2, 2, 6])
l = tf.nn.lrn(im, depth_radius=2, bias=1.0, alpha=0.001, beta=0.75)
l2 = tf.nn.local_response_normalization(im, name="norm")
print(a, b, c, l, l2)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
with tf.Session() as s:
    iv = [[[[float(i + j + k) / 7 for k in range(6)] for j in range(2)] for i in range(2)]]
    print(s.run([l, tf.nn.lrn(im, 1, 2.0, 0.5, 1.0)], {im: iv}))
for f in [lambda: tf.nn.weighted_cross_entropy_with_logits(tf.zeros([2, 2]), x, 1.0),
          lambda: tf.nn.lrn(x)]:
    try:
        f()
    except ValueError as e:
        print(e)
