# array_ops_test: shape-inference errors of reshape, squeeze, concat, stack, transpose, tile, expand_dims, gather, slice, with TF's messages.
import tensorflow as tf
x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
p = tf.placeholder(tf.float32, [None, 3])
cases = [
    lambda: tf.reshape(x, [3]),
    lambda: tf.reshape(x, [-1, -1]),
    lambda: tf.reshape(p, [4, -1]),
    lambda: tf.squeeze(x, [1]),
    lambda: tf.squeeze(x, [5]),
    lambda: tf.concat([x, tf.ones([2, 3, 1])], 0),
    lambda: tf.concat([x, tf.ones([3, 3])], 0),
    lambda: tf.concat([x, x], 2),
    lambda: tf.stack([x, tf.ones([3])]),
    lambda: tf.stack([x, x], axis=3),
    lambda: tf.transpose(x, [0, 0]),
    lambda: tf.transpose(x, [0, 1, 2]),
    lambda: tf.tile(x, [1, 2, 3]),
    lambda: tf.expand_dims(x, 3),
    lambda: tf.gather(x, [0], axis=2),
    lambda: tf.slice(x, [0, 0], [3, 1]),
    lambda: tf.split(x, 3, axis=1),
    lambda: tf.matmul(x, tf.ones([3, 2])),
    lambda: tf.add(x, tf.ones([3])),
    lambda: tf.one_hot([1, 2], 3, axis=5),
    lambda: tf.reduce_sum(x, axis=2),
    lambda: tf.unstack(p),
]
for f in cases:
    try:
        r = f()
        print("ok", r)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
print(tf.reshape(p, [-1, 2, 3]), tf.squeeze(tf.ones([1, 2, 1])), tf.expand_dims(p, -1), tf.stack([p, p], axis=1), tf.unstack(x, axis=1))
