# tf.image.rgb_to_grayscale (float and uint8), total_variation (one image, a batch, a variable)
# and image_gradients, as image_ops_impl builds them; values and a gradient through the TV loss.
import numpy as np
import tensorflow as tf
rgb = tf.constant(np.arange(2 * 3 * 4 * 3).reshape(2, 3, 4, 3).astype(np.float32) / 72.0, name="rgb")
gray = tf.image.rgb_to_grayscale(rgb)
gray8 = tf.image.rgb_to_grayscale(tf.cast(rgb * 255.0, tf.uint8), name="gray8")
img = tf.Variable(tf.ones([1, 3, 3, 2]), name="img")
tv_batch = tf.image.total_variation(rgb)
tv_one = tf.image.total_variation(rgb[0], name="tv_one")
tv_var = tf.image.total_variation(img)
dy, dx = tf.image.image_gradients(rgb)
print(gray.name, gray.shape, gray8.name, gray8.dtype, tv_batch.shape, tv_one.shape, dy.shape, dx.name)
for bad in (lambda: tf.image.total_variation(tf.zeros([3, 3])), lambda: tf.image.image_gradients(tf.zeros([3, 3, 1]))):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
grad = tf.gradients(tv_var + tf.reduce_sum(tv_batch), img)[0]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    g, g8, a, b, c, y, x, gr = sess.run([gray, gray8, tv_batch, tv_one, tv_var, dy, dx, grad])
    print(np.round(g[0, :, :, 0], 4).tolist(), g8[1, 2].ravel().tolist())
    print(np.round(a, 4).tolist(), round(float(b), 4), c.tolist(), gr.ravel().tolist())
    print(np.round(y[0, :, 0, 0], 4).tolist(), np.round(x[0, 0, :, 0], 4).tolist())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
