# tf.argmax / tf.argmin: the axis Const is `ArgMax/dimension`; the result is int64 by default.
import tensorflow as tf
x = tf.constant([[1., 9., 3.], [4., 5., 6.]], name="x")
ts = [tf.argmax(x, 1), tf.argmax(x), tf.argmin(x, axis=0), tf.argmax(x, dimension=1, output_type=tf.int32),
      tf.math.argmin(x, -1, name="low"), tf.argmax([3, 1, 4, 1, 5], 0), tf.argmax(tf.constant([2, 2, 1]))]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
for f in [lambda: tf.argmax(x, 1.0), lambda: tf.argmax(tf.constant(["a"]), 0)]:
    try:
        f()
    except TypeError as e:
        print(e)
tf.argmax(x, 2)
