# ndarray.astype with Python's built-in types (DQN code's `batch[:, k].astype(int)`), and arrays
# made that way fed to placeholders.
import numpy as np
import tensorflow as tf

batch = np.array([[0.5, 2.0, 1.7], [1.0, 0.0, -3.2]])
idx = batch[:, 1].astype(int)
print(idx, idx.dtype, batch.astype(bool), batch.astype(float).dtype)
a = tf.placeholder(tf.int64, [None], name="a")
with tf.Session() as sess:
    print(sess.run(a * 2, {a: idx}))
