# tf.layers.batch_normalization and tf.nn.fused_batch_norm errors with TF's messages.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4, 4, 3])
for f in [lambda: tf.layers.batch_normalization(x, axis=4),
          lambda: tf.layers.batch_normalization(tf.placeholder(tf.float32, [None, None])),
          lambda: tf.layers.batch_normalization(tf.placeholder(tf.float32, [None, 3]), fused=True),
          lambda: tf.nn.fused_batch_norm(x, [1., 1., 1.], [0., 0., 0.], is_training=False),
          lambda: tf.nn.fused_batch_norm(x, [1., 1.], [0., 0.]),
          lambda: tf.nn.fused_batch_norm(tf.ones([2, 3]), [1., 1., 1.], [0., 0., 0.])]:
    try:
        f()
    except ValueError as e:
        print(str(e).split("\n")[0])
print([op.name for op in tf.get_default_graph().get_operations()])
