# Static shapes read through shape arithmetic as TF's shape refiner does: `tf.shape(x)[1] * 3` of a
# known dim is a constant (reshape to (?, 12), one_hot depth 4), Pack/Concat/slices of Shape ops
# give partial shapes to Reshape, Fill and the random ops.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4, 3], name="x")
y = tf.placeholder(tf.int32, [None], name="y")
ts = [tf.reshape(x, [-1, tf.shape(x)[1] * 3]), tf.reshape(x, tf.stack([tf.shape(x)[0], -1])), tf.reshape(x, [tf.shape(x)[0], 12]),
      tf.tile(tf.expand_dims(y, 1), [1, 5]), tf.range(tf.shape(x)[0]), tf.one_hot(y, tf.shape(x)[1]), tf.gather(x, y),
      tf.concat([x, x], axis=-1), tf.stack([y, y], axis=1), tf.fill(tf.shape(y), 2.0), tf.zeros_like(y), tf.ones_like(x),
      tf.reshape(x, [-1]), tf.reduce_max(x, axis=[1, 2]), tf.argmax(x, -1), tf.where(tf.greater(y, 0)), x[:, 1:, ::2],
      tf.random_uniform(tf.shape(x)[:2]), tf.random_normal([tf.shape(y)[0], 7]), tf.zeros(tf.shape(x)), tf.cast(tf.reshape(y, [-1, 1, 1]), tf.float32) * x,
      tf.squeeze(tf.reshape(y, [-1, 1])), tf.transpose(x, [0, 2, 1]), tf.size(x), tf.rank(x), tf.shape(x)[0]]
for t in ts:
    print(t.name, t.shape, t.dtype)
print(len(tf.get_default_graph().get_operations()))
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
