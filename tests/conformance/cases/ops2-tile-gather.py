# tf.tile converts `multiples` inside `Tile`; tf.gather is GatherV2 with `indices` and `axis` Consts,
# also for a variable.
import tensorflow as tf
x = tf.constant([[1., 2., 3.], [4., 5., 6.]], name="x")
v = tf.Variable([[1, 2], [3, 4]], name="v")
ts = [tf.tile(x, [2, 1]), tf.tile([1, 2], [3]), tf.gather(x, [1, 0]), tf.gather(x, [[2], [0]], axis=1),
      tf.gather(v, 1), tf.gather(x, tf.constant([-1, 0]), axis=-1)]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(ts[:5]))
    try:
        sess.run(ts[5])
    except tf.errors.InvalidArgumentError as e:
        print([line for line in str(e).splitlines() if "indices" in line])
for f in [lambda: tf.tile(x, [2]), lambda: tf.gather(x, [[1]], axis=2), lambda: tf.gather(x, [1.0])]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(e)
tf.gather(3.0, [0])
