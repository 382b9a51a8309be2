import numpy as np
import tensorflow as tf
img = tf.constant(np.arange(4 * 5 * 2, dtype=np.float32).reshape(4, 5, 2), name="img")
batch = tf.placeholder(tf.float32, [None, 4, 5, 1], name="batch")
outs = [tf.image.crop_to_bounding_box(img, 1, 2, 2, 3),
        tf.image.pad_to_bounding_box(img, 1, 0, 6, 7),
        tf.image.resize_image_with_crop_or_pad(img, 3, 7),
        tf.image.resize_with_crop_or_pad(img, 6, 2),
        tf.image.crop_to_bounding_box(batch, 0, 1, 4, 3),
        tf.image.resize_image_with_crop_or_pad(batch, 2, 2)]
for t in outs:
    print(t.name, t.shape)
with tf.Session() as sess:
    for v in sess.run(outs, {batch: np.arange(40, dtype=np.float32).reshape(2, 4, 5, 1)}):
        print(v.shape, v.reshape(-1).tolist())
for bad in (lambda: tf.image.crop_to_bounding_box(img, 0, 0, 5, 5),
            lambda: tf.image.pad_to_bounding_box(img, 0, 0, 3, 5),
            lambda: tf.image.crop_to_bounding_box(img, -1, 0, 2, 2),
            lambda: tf.image.resize_image_with_crop_or_pad(img, 0, 2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
