# image_ops_test NonMaxSuppressionTest testSelectFromThreeClusters/testInvalidShape, crop_and_resize_op_test
# testForward/testGradient*: tf.image.non_max_suppression and crop_and_resize names, values, gradients.
import tensorflow as tf
import numpy as np
boxes = tf.constant([[0, 0, 1, 1], [0, 0.1, 1, 1.1], [0, -0.1, 1, 0.9], [0, 10, 1, 11], [0, 10.1, 1, 11.1], [0, 100, 1, 101]], tf.float32)
scores = tf.constant([0.9, 0.75, 0.6, 0.95, 0.5, 0.3])
sel = tf.image.non_max_suppression(boxes, scores, 3, iou_threshold=0.5)
sel2 = tf.image.non_max_suppression(boxes, scores, 6, iou_threshold=0.0, score_threshold=0.4, name="strict")
sel3 = tf.image.non_max_suppression(boxes, tf.constant([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]), 10, 0.99)
print(sel.name, sel.shape, sel.dtype, sel2.name)
print(sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("non_max_suppression/")))
img = tf.constant(np.arange(2*4*5*2, dtype=np.float32).reshape(2, 4, 5, 2) ** 1.2)
bx = tf.constant([[0, 0, 1, 1], [0.25, 0.1, 0.75, 0.8], [-0.2, 0.5, 0.3, 1.3], [0.5, 0.5, 0.5, 0.5]])
cb = tf.image.crop_and_resize(img, bx, tf.constant([0, 1, 0, 1]), [3, 4])
cn = tf.image.crop_and_resize(img, bx, box_ind=[1, 1, 0, 0], crop_size=[2, 2], method="nearest", extrapolation_value=-1.0, name="near")
c1 = tf.image.crop_and_resize(tf.cast(img, tf.int32), bx[:2], [0, 1], [1, 1])
print(cb.op.type, cb.name, cb.shape, cn.name, cn.shape, c1.dtype, c1.shape)
gi, gb = tf.gradients(tf.reduce_sum(cb * cb), [img, bx])
gn = tf.gradients(tf.reduce_sum(cn), img)[0]
print(gi.name, gi.shape, gb.name, gb.shape, gn.name)
try:
    tf.image.crop_and_resize(img, tf.ones([3, 5]), [0, 0, 0], [2, 2])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:70])
try:
    tf.image.non_max_suppression(tf.ones([4, 3]), tf.ones([4]), 2)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0][:70])
with tf.Session() as s:
    print(s.run([sel, sel2, sel3]))
    cbv, cnv, c1v, giv, gbv, gnv = s.run([cb, cn, c1, gi, gb, gn])
    print(np.round(cbv[..., 0], 3)); print(np.round(cnv[..., 1], 3)); print(np.round(c1v[..., 0], 3))
    print(np.round(giv[..., 0], 3)); print(np.round(gbv, 2)); print(gnv[..., 1])
