import numpy as np
import tensorflow as tf
x = tf.placeholder(tf.float32, [1, 3, 4, 2], name="x")
a = tf.image.resize_images(x, [5, 7])
b = tf.image.resize_images(x, [6, 8], method=tf.image.ResizeMethod.NEAREST_NEIGHBOR)
c = tf.image.resize_images(x, (2, 3), method=tf.image.ResizeMethod.BILINEAR, align_corners=True)
d = tf.image.resize_bilinear(x, [4, 6], half_pixel_centers=True)
e = tf.image.resize_nearest_neighbor(x, [5, 5], align_corners=True, name="nn")
f = tf.image.resize_nearest_neighbor(x, [7, 3], half_pixel_centers=True)
same = tf.image.resize_images(x, [3, 4])
img = tf.placeholder(tf.int32, [3, 4, 1], name="img")
g = tf.image.resize(img, [6, 8], method=1)
h = tf.image.resize_images(img, tf.constant([2, 2]))
size = tf.placeholder(tf.int32, [2])
k = tf.image.resize_images(x, size)
for t in [a, b, c, d, e, f, same, g, h, k]:
    print(t.name, t.dtype.name, t.shape)
value = np.arange(24, dtype=np.float32).reshape(1, 3, 4, 2) * 1.5 - 7.0
with tf.Session() as sess:
    outs = sess.run([a, b, c, d, e, f, g, h, k], {x: value, img: np.arange(12).reshape(3, 4, 1),
                                                  size: [2, 5]})
    for out in outs:
        print(out.dtype, out.shape)
        print(np.round(out.reshape(-1), 4).tolist())

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
