# tf.nn.depth_to_space / space_to_depth: shapes (known, partly known, NCHW), the shape errors,
# values, and each op's gradient being the other op.
import numpy as np
import tensorflow as tf
x = tf.constant(np.arange(2 * 2 * 2 * 8).reshape(2, 2, 2, 8).astype(np.float32), name="x")
d = tf.nn.depth_to_space(x, 2)
s = tf.space_to_depth(d, 2, name="back")
print(d.name, d.shape, s.name, s.shape)
p = tf.placeholder(tf.float32, [None, 4, None, 9])
print(tf.nn.depth_to_space(p, 3).shape, tf.nn.space_to_depth(p, 2).shape)
print(tf.depth_to_space(tf.placeholder(tf.float32), 2).shape)
for f in [lambda: tf.nn.depth_to_space(tf.zeros([1, 2, 2, 3]), 2),
          lambda: tf.nn.depth_to_space(tf.zeros([2, 2, 3]), 2),
          lambda: tf.nn.space_to_depth(tf.zeros([1, 3, 4, 1]), 2),
          lambda: tf.nn.depth_to_space(tf.zeros([1, 2, 2, 4]), 1),
          lambda: tf.nn.depth_to_space(tf.zeros([1, 3, 4, 4]), 2, data_format="NCHW")]:
    try:
        print(f().shape)
    except ValueError as e:
        print("ValueError", e)
g = tf.gradients(tf.reduce_sum(d * tf.range(32, dtype=tf.float32)[None, None, None, :2]), x)[0]
h = tf.gradients(tf.reduce_sum(s * s), d)[0]
print(g.op.type, g.shape, h.op.type, h.shape)
q = tf.placeholder(tf.float32, [None, None, None, None])
with tf.Session() as sess:
    dv, sv, gv, hv = sess.run([d, s, g, h])
    print(dv[0, :, :, 0].tolist(), dv[1, 3].tolist())
    print(np.array_equal(sv, sess.run(x)), gv[0, 0, 0].tolist(), hv.shape)
    for t, v in [(tf.nn.depth_to_space(q, 2), np.zeros([1, 2, 2, 3])),
                 (tf.nn.space_to_depth(q, 2), np.zeros([1, 3, 4, 1])),
                 (tf.nn.space_to_depth(q, 2), np.zeros([1, 4, 3, 1])),
                 (tf.nn.space_to_depth(q, 2), np.ones([1, 4, 2, 1]))]:
        try:
            print(sess.run(t, {q: v}).tolist())
        except tf.errors.InvalidArgumentError as e:
            print(type(e).__name__, [l for l in e.message.splitlines() if "divisible" in l])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
# CPU has no NCHW kernel: a graph holding one cannot run anything (the whole graph is placed)
with tf.Graph().as_default():
    n = tf.nn.depth_to_space(tf.zeros([1, 8, 3, 3]), 2, data_format="NCHW")
    t = tf.space_to_depth(tf.zeros([1, 2, 4, 4]), 2, data_format="NCHW")
    print(n.shape, t.shape)
    for config in (None, tf.ConfigProto(allow_soft_placement=True)):
        with tf.Session(config=config) as sess:
            try:
                print(sess.run(tf.constant(1.0)))
            except tf.errors.InvalidArgumentError as e:
                print(type(e).__name__, [l.split(" with these attrs")[0] for l in e.message.splitlines() if "No OpKernel" in l])
