# image_ops_test RotateImageTest testRot90GroupOrder/testRot90NumpyEquivalence/testRot90GroupOrderWithBatch and
# AdjustHueTest/RGBToHSVTest testBatch/testRGBToHSVRoundTrip, image_grad_test RGBToHSVOpTest: names, shapes, values, errors.
import tensorflow as tf
import numpy as np
img = tf.constant(np.arange(2*4*4*1, dtype=np.float32).reshape(2, 4, 4, 1))
r = tf.image.rot90(img[0], k=1)
r2 = tf.image.rot90(img, k=3)
r3 = tf.image.rot90(img[1], k=tf.constant(-2), name="turn")
print(r.name, r.shape, r2.name, r2.shape, r3.name, r3.shape)
print(sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("rot90/") and "cond" not in op.name))
rgb = tf.constant([[[0.2, 0.4, 0.6], [1.0, 0.0, 0.0], [0.5, 0.5, 0.5], [0.1, 0.9, 0.3]]])
hsv = tf.image.rgb_to_hsv(rgb)
back = tf.image.hsv_to_rgb(hsv)
print(hsv.name, hsv.shape, back.name, back.shape)
g = tf.gradients(tf.reduce_sum(hsv * tf.constant([1.0, 2.0, 3.0])), rgb)[0]
print(g.name, g.shape)
try:
    tf.image.rgb_to_hsv(tf.ones([2, 4]))
except ValueError as e:
    print("ValueError:", str(e)[:90])
try:
    tf.image.rot90(tf.ones([2, 2]))
except ValueError as e:
    print("ValueError:", e)
try:
    tf.gradients(back, hsv)
except LookupError as e:
    print("LookupError:", str(e)[:60])
with tf.Session() as s:
    rv, r2v, r3v, hv, bk, gv = s.run([r, r2, r3, hsv, back, g])
    print(rv[..., 0]); print(r2v[1, ..., 0]); print(r3v[..., 0])
    print(np.round(hv, 4)); print(np.round(bk, 4)); print(np.round(gv, 3))
