# tf.unstack is one Unpack op named `unstack` (num read from the static shape); tf.slice is a
# Slice op whose -1 sizes run to the end; its begin/size Consts are `Slice/begin`, `Slice/size`.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3, 4], name="x")
ts = tf.unstack(x, axis=1) + tf.unstack(tf.constant([[1, 2], [3, 4]]), name="rows") + tf.unstack(x, num=2)
ts += [tf.slice(x, [0, 1, 0], [-1, 2, -1]), tf.slice(x, [0, 0, 1], [1, -1, 2], name="s"),
       tf.slice(x, tf.constant([0, 0, 0]), tf.placeholder(tf.int32, [3])), tf.slice(tf.constant([1, 2, 3, 4]), [1], [-1])]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(tf.unstack(tf.reshape(tf.range(6), [2, 3]), axis=1)), sess.run(ts[-1]))
    print(sess.run(tf.slice(tf.reshape(tf.range(12), [3, 4]), [1, 1], [2, -1])))
for f in [lambda: tf.unstack(x), lambda: tf.unstack(x, axis=3), lambda: tf.unstack(x, num=2, axis=1),
          lambda: tf.slice(x, [0, 0], [1, 1]), lambda: tf.slice(x, [0, 0, 0], [1, -2, 1])]:
    try:
        f()
    except (TypeError, ValueError) as error:
        print(error)
