# map_fn and scan errors and values: fn changing the dtype (TF's run-time TensorArray error),
# fn returning another structure, scalar elems; scan with an initializer.
import tensorflow as tf
r = tf.map_fn(lambda x: tf.cast(x, tf.int32), tf.constant([1.5, 2.5]))
print(r)
with tf.Session() as sess:
    try:
        print(sess.run(r))
    except tf.errors.InvalidArgumentError as e:
        print([l for l in e.message.splitlines() if l.startswith("TensorArray")])
try:
    tf.map_fn(lambda x: (x, x), tf.constant([1.5, 2.5]))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    tf.map_fn(lambda x: x, tf.constant(1.0))
except ValueError as e:
    print(e)
s = tf.scan(lambda a, x: a * x, tf.constant([[1.0, 2.0], [3.0, 4.0]]), initializer=tf.ones([2]))
with tf.Session() as sess:
    print(sess.run(s))
