# image_ops_test ResizeImagesTest testResizeDown/testResizeUp (BICUBIC, AREA), testCompareBicubic*,
# image_grad_test ResizeBicubicOpTest testGradFromResizeToLargerInBothDims: names, values, gradients.
import tensorflow as tf
import numpy as np
img = tf.constant(np.arange(2*4*5*1, dtype=np.float32).reshape(2, 4, 5, 1) ** 1.5 % 11)
a = tf.image.resize_bicubic(img, [6, 7])
a2 = tf.image.resize_bicubic(img, [3, 8], align_corners=True, name="aligned")
a3 = tf.image.resize_bicubic(img, [7, 3], half_pixel_centers=True)
b = tf.image.resize_area(img, [2, 2])
b2 = tf.image.resize_area(img, [3, 7], name="up")
b3 = tf.image.resize_area(tf.cast(img, tf.int32), [3, 3], align_corners=True)
c = tf.image.resize_images(img, [3, 3], method=tf.image.ResizeMethod.BICUBIC)
d = tf.image.resize_images(img, [2, 3], method=tf.image.ResizeMethod.AREA)
e = tf.image.resize_images(img[0], [5, 5], method=2)
print(a.name, a.shape, a2.name, a3.name, b.name, b.shape, b2.name, b3.dtype, c.name, c.shape, d.name, d.shape, e.name, e.shape)
ga = tf.gradients(tf.reduce_sum(a * a), img)[0]
ga3 = tf.gradients(tf.reduce_sum(a3), img)[0]
print(ga.name, ga.shape)
try:
    tf.gradients(b, img)
except LookupError as err:
    print("LookupError:", str(err)[:60])
with tf.Session() as s:
    for t in [a, a2, a3, b, b2, b3, c, d, e, ga, ga3]:
        print(np.round(s.run(t)[..., 0] if t is not e else s.run(t)[..., 0], 3))
