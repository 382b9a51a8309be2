# Training loops wrap themselves in `try: ... except KeyboardInterrupt:` (never raised here, and
# not an Exception), and batch helpers turn batch-major arrays time-major with ndarray.swapaxes.
import numpy as np
import tensorflow as tf

batch = np.zeros((2, 3), dtype=np.int32)
batch[0, :2] = [4, 5]
time_major = batch.swapaxes(0, 1)
print(time_major.shape, time_major.tolist())
print(issubclass(KeyboardInterrupt, BaseException), issubclass(KeyboardInterrupt, Exception))
x = tf.placeholder(tf.int32, [None, None])
try:
    with tf.Session() as sess:
        print(sess.run(tf.reduce_sum(x, 0), {x: time_major}))
except KeyboardInterrupt:
    print('training interrupted')
try:
    raise ValueError("boom")
except KeyboardInterrupt:
    print("not here")
except Exception as e:
    print(type(e).__name__, e)
