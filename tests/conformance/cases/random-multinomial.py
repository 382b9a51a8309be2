# tf.multinomial enters `multinomial` without using it as the op's name: the op is
# multinomial/Multinomial, its num_samples Const inside it; int64 samples of shape (batch, n).
# tf.random.categorical is the same under `categorical`; errors: rank of logits, bad dtype.
import tensorflow as tf
logits = tf.placeholder(tf.float32, [None, 3], name="logits")
ts = [tf.multinomial(logits, 1), tf.multinomial(tf.log([[0.5, 0.5]]), 4, output_dtype=tf.int32, name="m"),
      tf.random.categorical(logits, 2), tf.squeeze(tf.multinomial(logits, 1), axis=1),
      tf.multinomial(logits, tf.placeholder(tf.int32, []))]
for t in ts:
    print(t.name, t.shape, t.dtype)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    out = sess.run(ts[:4], {logits: [[0., -1e9, -1e9], [-1e9, -1e9, 0.]]})
    print(out[0].tolist(), out[1].shape, out[2].tolist(), out[3].tolist())
for f in [lambda: tf.multinomial(tf.zeros([3]), 1), lambda: tf.multinomial(logits, 1, output_dtype=tf.float32),
          lambda: tf.multinomial(logits, [1, 2])]:
    try:
        f()
    except (TypeError, ValueError) as error:
        print(error)
