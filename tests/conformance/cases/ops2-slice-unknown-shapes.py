# Static shapes of slices of partly known and unknown shapes; fed values give the runtime result.
import tensorflow as tf
p = tf.placeholder(tf.float32, [None, 4], name="p")
q = tf.placeholder(tf.float32, name="q")
r = tf.placeholder(tf.int32, [2, None, 3], name="r")
for t in [p[0], p[:, 1:3], p[1:3], p[5:], p[:, 10:], p[:, -1], p[..., None], q[0], q[..., 1], q[None],
          r[:, 0], r[..., ::-1], r[1, :, 2], r[:, :, :, None]]:
    print(t.name, t.shape)
with tf.Session() as sess:
    print(sess.run(p[:, 1:3], {p: [[1., 2., 3., 4.], [5., 6., 7., 8.]]}))
    print(sess.run(q[..., 1], {q: [[1., 2.], [3., 4.]]}))
