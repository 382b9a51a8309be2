# tf.split: an int is one Split op (`split/split_dim` Const inside it, outputs split, split:1 ...);
# a list of sizes is SplitV (`split/size_splits`, `split/split_dim`), one -1 size takes the rest.
# TF 2.21 quirk: SplitV with a split_dim of unknown value infers shapes as if it were -1 (last axis).
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 6, 4], name="x")
ts = tf.split(x, 3, axis=1) + tf.split(x, [1, -1, 2], 1, name="parts") + tf.split(x, 2, -1) + tf.split(x, 2, 0)
ts += tf.split(tf.constant([[1, 2, 3, 4]]), [1, 3], axis=1) + tf.split(x, tf.constant([3, 3]), axis=1)
a = tf.placeholder(tf.int32, [], name="a")
ts += tf.split(x, [2, 2], axis=a) + tf.split(x, 2, axis=a) + tf.split(x, [1, 3], axis=a) + tf.split(x, tf.placeholder(tf.int32, [2]), 1)
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(tf.split(tf.reshape(tf.range(12), [3, 4]), [1, 3], 1)))
    print(sess.run(tf.split(tf.constant([1., 2., 3., 4.]), 2)))
for f in [lambda: tf.split(x, 4, axis=1), lambda: tf.split(x, 2, axis=3), lambda: tf.split(x, [2, 2], axis=1),
          lambda: tf.split(x, [-1, -1, 6], axis=1), lambda: tf.split(x, [7, -1], axis=1), lambda: tf.split(x, tf.constant(2), axis=1),
          lambda: tf.split(x, tf.placeholder(tf.int32, [None]), axis=1)]:
    try:
        f()
    except (TypeError, ValueError) as error:
        print(error)
