# array_ops_test testReverse/testExpandDims/testSqueeze/testConcat/testStack/testUnstack/testSlice/testTranspose/testOneHot/testSequenceMask: static shapes, names and small values.
import tensorflow as tf
x = tf.constant([[1, 2, 3], [4, 5, 6]], name="x")
ops = [
    tf.reverse(x, [1]), tf.expand_dims(x, 0), tf.expand_dims(x, -1), tf.squeeze(tf.zeros([1, 2, 1, 3])), tf.squeeze(tf.zeros([1, 2, 1, 3]), [2]),
    tf.concat([x, x], 0), tf.concat([x, x], -1), tf.stack([x, x]), tf.stack([x, x], axis=2), tf.unstack(x)[0], tf.unstack(x, axis=1)[2],
    tf.slice(x, [0, 1], [-1, 2]), tf.transpose(x), tf.one_hot([0, 2], 3), tf.one_hot([[0, 1]], 4, axis=1), tf.sequence_mask([1, 3], 4),
    tf.tile(x, [2, 1]), tf.pad(x, [[1, 0], [0, 2]]), tf.gather(x, [1, 0], axis=1), tf.reverse_sequence(x, [1, 2], seq_axis=1, batch_axis=0),
    tf.split(x, 3, axis=1)[1], tf.split(x, [1, 2], axis=1)[1], tf.where(tf.constant([True, False, True])), tf.boolean_mask(x, [True, False]),
]
for t in ops:
    print(t.name, t.get_shape(), t.dtype)
with tf.Session() as sess:
    for v in sess.run(ops):
        print(v.tolist())
for bad in (lambda: tf.expand_dims(x, 3), lambda: tf.squeeze(x, [0]), lambda: tf.concat([x, tf.zeros([2, 2], tf.int32)], 0), lambda: tf.stack([x, tf.zeros([3], tf.int32)]), lambda: tf.transpose(x, [0, 2]), lambda: tf.split(x, 4, axis=1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:200])
