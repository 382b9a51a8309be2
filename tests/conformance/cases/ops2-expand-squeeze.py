# tf.expand_dims makes `ExpandDims/dim`; tf.squeeze keeps its axes as the squeeze_dims attr.
import tensorflow as tf
x = tf.constant([[1., 2., 3.], [4., 5., 6.]], name="x")
ones = tf.ones([1, 2, 1])
p = tf.placeholder(tf.float32, [None, 1, 3])
ts = [tf.expand_dims(x, 1), tf.expand_dims(x, -1), tf.expand_dims(x, dim=0), tf.expand_dims(3, 0),
      tf.squeeze(ones), tf.squeeze(ones, [0]), tf.squeeze(ones, axis=-1), tf.squeeze(ones, squeeze_dims=[0, 2]),
      tf.squeeze(p), tf.squeeze(p, [1]), tf.squeeze(p, [0])]
for t in ts:
    print(t, t.op.type, t.op.get_attr("squeeze_dims") if t.op.type == "Squeeze" else "")
print([op.name for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts[:8]))
    print(sess.run(ts[9], {p: [[[1., 2., 3.]]]}))
    try:
        sess.run(ts[8], {p: [[[1., 2., 3.]], [[4., 5., 6.]]]})
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError")
for f in [lambda: tf.expand_dims(x, 3), lambda: tf.expand_dims(x), lambda: tf.squeeze(x, [0]),
          lambda: tf.squeeze(x, [5])]:
    try:
        f()
    except ValueError as e:
        print(e)
tf.squeeze(x, [1])
