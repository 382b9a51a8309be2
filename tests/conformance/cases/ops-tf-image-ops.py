# image_ops_test ResizeImagesTest testResizeDown/testCompareNearestNeighbor names/testBadSizes, CentralCropTest, PadToBoundingBoxTest, FlipTest: op names, shapes, values, errors.
import tensorflow as tf
img = tf.reshape(tf.range(16, dtype=tf.float32), [1, 4, 4, 1])
r1 = tf.image.resize_images(img, [2, 2])
r2 = tf.image.resize_images(img, [8, 8], method=tf.image.ResizeMethod.NEAREST_NEIGHBOR)
r3 = tf.image.resize_bilinear(img, [2, 2])
r4 = tf.image.resize_nearest_neighbor(img, [2, 2], align_corners=True)
c = tf.image.central_crop(tf.ones([4, 4, 1]), 0.5)
pad = tf.image.pad_to_bounding_box(tf.ones([2, 2, 1]), 1, 1, 4, 4)
crop = tf.image.crop_to_bounding_box(tf.ones([4, 4, 1]), 1, 1, 2, 2)
fl = tf.image.flip_left_right(tf.reshape(tf.range(4.0), [1, 4, 1]))
for t in (r1, r2, r3, r4, c, pad, crop, fl):
    print(t.name, t.get_shape())
with tf.Session() as sess:
    print(sess.run(r1).ravel().tolist(), sess.run(r4).ravel().tolist(), sess.run(fl).ravel().tolist(), sess.run(pad)[:, :, 0].tolist())
for bad in (lambda: tf.image.resize_images(img, [2]), lambda: tf.image.central_crop(tf.ones([4, 4, 1]), 0.0), lambda: tf.image.pad_to_bounding_box(tf.ones([2, 2, 1]), 3, 3, 4, 4), lambda: tf.image.resize_images(tf.ones([4]), [2, 2])):
    try:
        bad()
        print("no error")
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0][:200])
