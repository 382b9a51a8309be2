import numpy as np
import tensorflow as tf
img = tf.constant(np.arange(2 * 3 * 2, dtype=np.float32).reshape(2, 3, 2), name="img")
batch = tf.placeholder(tf.float32, [None, 2, 3, 1], name="batch")
u8 = tf.placeholder(tf.uint8, [2, 2, 3], name="u8")
outs = [tf.image.flip_left_right(img), tf.image.flip_up_down(img), tf.image.flip_left_right(batch),
        tf.image.flip_up_down(batch), tf.image.per_image_standardization(img),
        tf.image.per_image_standardization(batch), tf.image.per_image_standardization(u8),
        tf.math.reduce_std(img, axis=0), tf.math.reduce_variance(img, keepdims=True, name="var"),
        tf.math.reduce_std(tf.constant([[1.0, 2.0], [3.0, 5.0]]))]
r3 = tf.image.random_flip_left_right(img, seed=3)
r4 = tf.image.random_flip_up_down(batch)
for t in outs + [r3, r4]:
    print(t.name, t.dtype.name, t.shape)
feed = {batch: np.arange(12, dtype=np.float32).reshape(2, 2, 3, 1), u8: np.arange(12).reshape(2, 2, 3) * 20}
with tf.Session() as sess:
    for v in sess.run(outs, feed):
        print(np.reshape(np.round(v, 4), [-1]).tolist())
    a, b = sess.run([r3, r4], feed)
    print(a.shape, b.shape, sorted(a.reshape(-1).tolist()) == list(range(12)))
for bad in (tf.constant([1.0, 2.0]), tf.zeros([2, 0, 3])):
    try:
        tf.image.flip_left_right(bad)
    except ValueError as e:
        print("ValueError", e)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
