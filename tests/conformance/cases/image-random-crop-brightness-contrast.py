import numpy as np
import tensorflow as tf
img = tf.placeholder(tf.float32, [6, 5, 3], name="img")
u8 = tf.placeholder(tf.uint8, [2, 2, 2, 1], name="u8")
crop = tf.random_crop(img, [4, 4, 3], seed=7)
crop2 = tf.image.random_crop(img, [2, 5, 3], name="crop")
bright = tf.image.random_brightness(img, max_delta=63)
bright_u8 = tf.image.adjust_brightness(u8, 0.1)
contrast = tf.image.random_contrast(img, lower=0.2, upper=1.8)
contrast_u8 = tf.image.adjust_contrast(u8, 2.0)
fixed = tf.image.adjust_contrast(img, 0.5)
for t in [crop, crop2, bright, bright_u8, contrast, contrast_u8, fixed]:
    print(t.name, t.dtype.name, t.shape)
value = np.arange(90, dtype=np.float32).reshape(6, 5, 3)
with tf.Session() as sess:
    c, b, k = sess.run([crop, bright, contrast], {img: value})
    print(c.shape, b.shape, k.shape, bool(np.all(np.abs(b - value - (b - value)[0, 0, 0]) < 1e-3)))
    print(sess.run([bright_u8, contrast_u8], {u8: [[[[10], [200]], [[30], [90]]], [[[0], [255]], [[5], [6]]]]}))
    print(np.round(sess.run(fixed, {img: value})[:2, :2], 3).tolist())
    try:
        sess.run(tf.random_crop(img, [7, 5, 3]), {img: value})
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError", e.message.splitlines()[0][:60])
for bad in (lambda: tf.image.random_brightness(img, -1.0), lambda: tf.image.random_contrast(img, 1.0, 0.5),
            lambda: tf.image.random_contrast(img, -0.5, 0.5)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
