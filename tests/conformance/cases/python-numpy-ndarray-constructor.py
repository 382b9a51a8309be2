# np.ndarray(shape, dtype) as real data loaders use it (filled element by element afterwards):
# shape, dtype and the values written; isinstance checks keep working.
import numpy as np
import tensorflow as tf
data = np.ndarray(shape=(3, 2, 2, 1), dtype=np.float32)
labels = np.ndarray((3,), np.int64)
for i in range(3):
    data[i, :, :, 0] = i - 0.5
    labels[i] = i % 2
print(data.shape, data.dtype, labels.dtype, data[:, 0, 0, 0].tolist(), labels.tolist())
print(isinstance(data, np.ndarray), isinstance(3, np.ndarray))
x = tf.placeholder(tf.float32, [None, 2, 2, 1])
with tf.Session() as sess:
    print(sess.run(tf.reduce_sum(x, [1, 2, 3]), {x: data}).tolist())
