# tf.tensordot reduces to one MatMul in `Tensordot/`: known shapes transpose/reshape only when
# needed and reshape the product to the free dims (named `Tensordot`); a batch dim of unknown size
# takes Shape, GatherV2, Prod, concat, stack ops. tf.einsum is one `einsum/Einsum` op with the
# resolved equation; tf.clip_by_norm divides t * clip_norm by max(l2norm, clip_norm) (`clip_by_norm`).
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 5, 3], name="x")
w = tf.constant([[1., 2.], [3., 4.], [5., 6.]], name="w")
a = tf.constant([[[1., 2.], [3., 4.]], [[5., 6.], [7., 8.]]], name="a")
ts = [tf.tensordot(x, w, axes=[[2], [0]]), tf.tensordot(w, w, axes=[[0], [0]]), tf.tensordot(a, a, 1, name="td"),
      tf.tensordot(w, tf.constant([1., 1.]), axes=1), tf.tensordot(a, w[:2], axes=[[1], [0]]),
      tf.einsum("ij,jk->ik", w, tf.transpose(w)), tf.einsum("ij,jk", tf.transpose(w), w, name="es"), tf.einsum("bij->bji", a),
      tf.einsum("ij->", w), tf.clip_by_norm(w, 2.0), tf.clip_by_norm(a, tf.constant(1.5), axes=[1, 2], name="cn")]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
print([op.get_attr("equation") for op in tf.get_default_graph().get_operations() if op.type == "Einsum"])
with tf.Session() as sess:
    print(sess.run(ts[1:]))
    print(sess.run(ts[0], {x: [[[1., 0., 0.]] * 5]}))
for f in [lambda: tf.tensordot(w, w, axes=[[0], [1, 0]]), lambda: tf.tensordot(w, w, 3), lambda: tf.einsum("ij,jk->ik", w, w),
          lambda: tf.einsum("ij->ik", w), lambda: tf.einsum("i j,j k", w, a), lambda: tf.einsum("ijk->k", w)]:
    try:
        f()
    except (TypeError, ValueError) as error:
        print(error)
