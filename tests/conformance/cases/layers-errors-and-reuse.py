# tf.layers errors with TF's messages: bad padding, a name reused without reuse, reuse with another input shape, undefined channel dimension; reuse=True shares the variables.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 6, 6, 3])
a = tf.layers.conv2d(x, 2, 3, name="conv")
b = tf.layers.conv2d(x, 2, 3, name="conv", reuse=True)
d1 = tf.layers.dense(tf.layers.flatten(a), 4, name="fc")
d2 = tf.layers.dense(tf.layers.flatten(b), 4, name="fc", reuse=True)
print(a, b, d1, d2)
print([v.name for v in tf.global_variables()])
for f in [lambda: tf.layers.conv2d(x, 2, 3, padding="full"),
          lambda: tf.layers.conv2d(x, 2, 3, name="conv"),
          lambda: tf.layers.dense(tf.layers.flatten(x), 4, name="fc", reuse=True),
          lambda: tf.layers.conv2d(tf.placeholder(tf.float32, [None, 6, 6, None]), 2, 3),
          lambda: tf.layers.conv2d(x, 2, 0),
          lambda: tf.layers.max_pooling2d(x, 2, 2, padding="bad"),
          lambda: tf.layers.dense(tf.placeholder(tf.float32, [None, None]), 3)]:
    try:
        f()
    except ValueError as e:
        print(str(e).split("\n")[0])
print([op.name for op in tf.get_default_graph().get_operations()][-12:])
