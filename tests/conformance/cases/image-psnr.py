# tf.image.psnr: float32 conversion of uint8/float images and max_val, the mean over the last
# three axes, 10/ln(10) * log(mse), and the shape checks (static errors, runtime Asserts).
import numpy as np
import tensorflow as tf
a = tf.constant(np.arange(2 * 3 * 3 * 1).reshape(2, 3, 3, 1).astype(np.uint8), name="a")
b = tf.constant(np.arange(2 * 3 * 3 * 1).reshape(2, 3, 3, 1)[::-1].astype(np.uint8), name="b")
v = tf.image.psnr(a, b, max_val=255)
f = tf.image.psnr(tf.cast(a, tf.float32) / 255.0, tf.cast(b, tf.float32) / 255.0, max_val=1.0, name="f_psnr")
p = tf.placeholder(tf.float32, [None, None, 3])
w = tf.image.psnr(p, tf.zeros([4, 4, 3]), 1.0)
print(v.name, v.shape, v.dtype, f.name, f.shape, w.shape)
for fn in [lambda: tf.image.psnr(tf.zeros([3, 3]), tf.zeros([3, 3]), 1.0),
           lambda: tf.image.psnr(tf.zeros([1, 3, 3, 1]), tf.zeros([1, 3, 4, 1]), 1.0),
           lambda: tf.image.psnr(tf.zeros([2, 3, 3, 1]), tf.zeros([3, 3, 3, 1]), 1.0)]:
    try:
        print(fn().shape)
    except ValueError as e:
        print("ValueError", e)
with tf.Session() as sess:
    print(np.round(sess.run(v), 3).tolist(), np.round(sess.run(f), 3).tolist())
    print(np.round(sess.run(w, {p: np.full([4, 4, 3], 0.5)}), 3))
    try:
        sess.run(w, {p: np.zeros([1, 4, 3])})
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__, [l for l in e.message.splitlines() if "assertion" in l])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
