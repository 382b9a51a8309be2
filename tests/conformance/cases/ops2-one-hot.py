# tf.one_hot: on_value / off_value Consts first, then `indices` and `depth` inside `one_hot`.
import tensorflow as tf
ts = [tf.one_hot([0, 2], 3), tf.one_hot([[1], [0]], 2, on_value=5, off_value=-1),
      tf.one_hot([0, 1], 3, axis=0, dtype=tf.int32), tf.one_hot(tf.constant([2, -1, 7]), 3, name="hot"),
      tf.one_hot([1], 2, on_value=2.5)]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
for f in [lambda: tf.one_hot([0], 3, on_value=1, dtype=tf.float32), lambda: tf.one_hot([0.5], 3),
          lambda: tf.one_hot([0], 3, on_value=1, off_value=0.0)]:
    try:
        f()
    except TypeError as e:
        print(e)
tf.one_hot([0], -1)
