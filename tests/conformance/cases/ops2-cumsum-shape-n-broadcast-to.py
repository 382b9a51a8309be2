# tf.cumsum / tf.cumprod open a `Cumsum` / `Cumprod` scope holding `x` and the op's `axis` Const;
# tf.shape_n is one ShapeN op with an output per input; tf.broadcast_to a BroadcastTo whose static
# shape is read from its shape tensor; tf.matrix_transpose a transpose in `matrix_transpose`.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3], name="x")
c = tf.constant([[1, 2, 3], [4, 5, 6]], name="c")
ts = [tf.cumsum(c), tf.cumsum(c, axis=1, exclusive=True), tf.math.cumsum(x, 1, reverse=True, name="cs"),
      tf.cumprod([1., 2., 3.]), tf.cumprod(c, 1, exclusive=True, reverse=True)]
ts += tf.shape_n([x, tf.cast(c, tf.float32)]) + tf.shape_n([c], out_type=tf.int64)
ts += [tf.broadcast_to(c, [4, 2, 3]), tf.broadcast_to(1.0, tf.shape(x)), tf.matrix_transpose(c), tf.linalg.transpose(x, name="mt")]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run([ts[0], ts[1], ts[3], ts[4], ts[7], ts[8], ts[10]]))
    print(sess.run([ts[2], ts[5], ts[6], ts[9]], {x: [[1., 2., 3.], [4., 5., 6.]]}))
for f in [lambda: tf.cumsum(c, axis=[0]), lambda: tf.broadcast_to(c, [2, 2]), lambda: tf.matrix_transpose([1, 2]),
          lambda: tf.Session().run(tf.cumsum(c, 2))]:
    try:
        f()
    except (TypeError, ValueError, tf.errors.InvalidArgumentError) as error:
        print(str(error).split("\n")[0])
