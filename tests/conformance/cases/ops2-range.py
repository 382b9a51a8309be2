# tf.range: start / limit / delta Consts inside `range`, a Cast when their dtypes differ.
import tensorflow as tf
ts = [tf.range(5), tf.range(1, 10, 2), tf.range(0., 1., 0.25), tf.range(0, 1.5), tf.range(10, 0, -3),
      tf.range(3, dtype=tf.float32), tf.range(tf.constant(4)), tf.range(0, 5, 1, name="r"), tf.range(5, 5)]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
d = tf.placeholder(tf.int32, name="d")
with tf.Session() as sess:
    try:
        sess.run(tf.range(5, 0, d), {d: 1})
    except tf.errors.InvalidArgumentError as e:
        print([line for line in str(e).splitlines() if "Requires" in line])
tf.range(0, 5, 0)
