import numpy as np
import tensorflow as tf
x = tf.placeholder(tf.float32, [1, 3, 4, 2], name="x")
w = tf.Variable(np.linspace(-1.0, 1.0, 24).reshape(1, 3, 4, 2).astype(np.float32), name="w")
y = x * w
up_bilinear = tf.image.resize_images(y, [5, 7])
up_nearest = tf.image.resize_nearest_neighbor(y, [6, 9], half_pixel_centers=True)
down = tf.image.resize_bilinear(y, [2, 3], align_corners=True)
near_align = tf.image.resize_images(y, [4, 3], method=tf.image.ResizeMethod.NEAREST_NEIGHBOR, align_corners=True)
loss = (tf.reduce_sum(tf.square(up_bilinear)) + tf.reduce_sum(up_nearest * 0.5)
        + tf.reduce_sum(down * 3.0) + tf.reduce_sum(near_align))
grads = tf.gradients(loss, [x, w])
dyn = tf.placeholder(tf.float32, [1, None, None, 2], name="dyn")
g_dyn = tf.gradients(tf.reduce_sum(tf.image.resize_nearest_neighbor(dyn, [4, 4])), dyn)
clipped = tf.saturate_cast(y * 100.0, tf.uint8)
g_clip = tf.gradients(tf.reduce_sum(tf.cast(tf.saturate_cast(y * 1e5, tf.float16), tf.float32)), [x, w])
value = np.arange(24, dtype=np.float32).reshape(1, 3, 4, 2) * 0.25 - 2.0
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    gx, gw = sess.run(grads, {x: value})
    print(np.round(gx.reshape(-1), 3).tolist())
    print(np.round(gw.reshape(-1), 3).tolist())
    print(sess.run(g_dyn, {dyn: np.ones([1, 3, 5, 2], np.float32)})[0].reshape(-1).tolist())
    print(sess.run(clipped, {x: value}).reshape(-1).tolist())
    print([g.reshape(-1).tolist() for g in sess.run(g_clip, {x: value})])

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
