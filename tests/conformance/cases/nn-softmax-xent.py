# tf.nn softmax cross-entropy family (v1 with labels_stop_gradient scope, v2, sparse) and log_softmax: every op, shape, value and error path.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 10])
y = tf.placeholder(tf.float32, [None, 10])
yi = tf.placeholder(tf.int64, [None])
a = tf.nn.softmax_cross_entropy_with_logits(logits=x, labels=y)
b = tf.nn.softmax_cross_entropy_with_logits_v2(logits=x, labels=y, name="v2")
c = tf.nn.sparse_softmax_cross_entropy_with_logits(logits=x, labels=yi)
d = tf.nn.log_softmax(x)
z = tf.placeholder(tf.float32, [2, 3, 4])
g = tf.nn.softmax_cross_entropy_with_logits_v2(logits=z, labels=z)
u = tf.placeholder(tf.float32)
i = tf.nn.softmax_cross_entropy_with_logits_v2(logits=u, labels=u)
k = tf.nn.softmax_cross_entropy_with_logits(logits=[[1., 2., 3.], [1., 1., 1.]], labels=[[0., 0., 1.], [0.5, 0.5, 0.]])
l = tf.nn.sparse_softmax_cross_entropy_with_logits(logits=[[1., 2., 3.], [1., 1., 1.]], labels=[2, 0], name="sp")
for t in [a, b, c, d, g, i, k, l]: print(t)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
with tf.Session() as s:
    xv = [[0.1 * j - i for j in range(10)] for i in range(3)]
    yv = [[1.0 if j == i else 0.0 for j in range(10)] for i in range(3)]
    print(s.run([a, b, c, d, k, l], {x: xv, y: yv, yi: [1, 2, 3]}))
    try:
        s.run(c, {x: xv, yi: [1, 2, 10]})
    except tf.errors.InvalidArgumentError as e:
        print(e.message.splitlines()[0])
for f in [lambda: tf.nn.softmax_cross_entropy_with_logits(logits=x),
          lambda: tf.nn.softmax_cross_entropy_with_logits_v2(logits=x, labels=tf.zeros([3, 5])),
          lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(logits=x, labels=tf.zeros([3, 2], tf.int32)),
          lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(logits=tf.zeros([4, 3]), labels=tf.zeros([3], tf.int32)),
          lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(logits=x, labels=tf.zeros([3], tf.float32)),
          lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(logits=1.0, labels=1),
          lambda: tf.nn.log_softmax(1.0)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(e)
