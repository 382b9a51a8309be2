# tf.image.central_crop with a Python fraction: the centred window of a 3-D image and of a batch
# (Slice from `stack` begin/size, the unused control_dependency of _AssertAtLeast3DImage), the
# fraction 1.0 returning the image itself, and the range and rank errors.
import numpy as np
import tensorflow as tf
img = tf.constant(np.arange(7 * 6 * 2).reshape(7, 6, 2).astype(np.float32), name="img")
batch = tf.placeholder(tf.float32, [None, 8, 8, 3], name="batch")
a = tf.image.central_crop(img, 0.5)
b = tf.image.central_crop(batch, 0.875)
c = tf.image.central_crop(img, 1.0)
d = tf.image.central_crop(batch, 1)
print(a.name, a.shape, b.name, b.shape, c is img, d is batch)
for f in (lambda: tf.image.central_crop(img, 0.0), lambda: tf.image.central_crop(img, 1.5),
          lambda: tf.image.central_crop(tf.zeros([4, 4]), 0.5),
          lambda: tf.image.central_crop(tf.zeros([1, 1, 4, 4, 1]), 0.5)):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
with tf.Session() as sess:
    av, bv = sess.run([a, b], {batch: np.arange(2 * 64 * 3).reshape(2, 8, 8, 3)})
    print(av[..., 0].tolist(), bv.shape, bv[1, 0, :, 2].tolist())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
