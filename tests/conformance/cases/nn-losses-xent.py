# tf.losses softmax / sigmoid (label smoothing) / sparse softmax cross entropy: the xentropy ops inside each loss scope,
# remove_squeezable_dimensions' squeeze, the weighted loss, values and argument errors.
import tensorflow as tf
logits = tf.placeholder(tf.float32, [None, 3])
oh = tf.placeholder(tf.float32, [None, 3])
ids = tf.placeholder(tf.int32, [None])
a = tf.losses.softmax_cross_entropy(oh, logits)
b = tf.losses.sigmoid_cross_entropy(oh, logits, label_smoothing=0.1)
c = tf.losses.sparse_softmax_cross_entropy(ids, logits)
d = tf.losses.sparse_softmax_cross_entropy(tf.placeholder(tf.int64, [None, 1]), logits, scope="sq")
print(a, b, c, d)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [x.name for x in op.control_inputs])
with tf.Session() as s:
    lv = [[1., 2., 3.], [0.5, -1., 2.]]
    print(s.run([a, b, c], {logits: lv, oh: [[0., 0., 1.], [1., 0., 0.]], ids: [2, 0]}))
for f in [lambda: tf.losses.softmax_cross_entropy(None, logits), lambda: tf.losses.sparse_softmax_cross_entropy(ids, None),
          lambda: tf.losses.softmax_cross_entropy(tf.zeros([2, 4]), logits)]:
    try:
        f()
    except ValueError as e:
        print(e)
