# The values of the array ops' kernels match TF's CPU kernels: one_hot, gather, tile, where, clip,
# arg/reduce, cumsum/cumprod, reverse, pad, split/unstack/slice, masks, tensordot, einsum, clip_by_norm, logsumexp ...
import tensorflow as tf
c = tf.constant([[1., -2., 3.], [4., 5., -6.]], name="c")
i = tf.constant([2, 0, 1], name="i")
ts = [tf.one_hot(i, 3), tf.one_hot(i, 4, on_value=5, off_value=-1, axis=0), tf.gather(c, [1, 0]), tf.gather(c, i, axis=1),
      tf.tile(c, [2, 1]), tf.where(c > 0), tf.where(c > 0, c, tf.zeros_like(c)), tf.clip_by_value(c, -1., 2.),
      tf.argmin(c, 1), tf.reduce_prod(c, 0), tf.cumsum(i, reverse=True), tf.reverse(c, [0, 1]), tf.pad(c, [[0, 0], [1, 0]], "SYMMETRIC"),
      tf.split(c, 3, 1)[2], tf.unstack(c)[1], tf.slice(c, [0, 1], [2, 1]), tf.boolean_mask(c, c > 0), tf.sequence_mask(i, 3),
      tf.tensordot(c, tf.transpose(c), 1), tf.einsum("ij,ij->i", c, c), tf.clip_by_norm(c, 1.0, axes=[1]), tf.reduce_logsumexp(c, 1),
      tf.reduce_any(c > 4, 1), tf.gather_nd(c, [[1, 2], [0, 0]]), tf.squeeze(tf.expand_dims(c, 0)), tf.stack([i, i], 1), tf.concat([c, c], 0),
      tf.range(2, 9, 3), tf.rank(c), tf.size(c), tf.shape_n([c, c]), tf.matrix_transpose(c), tf.cumprod(c, 1, exclusive=True)]
with tf.Session() as sess:
    for v in sess.run(ts):
        print(v)
