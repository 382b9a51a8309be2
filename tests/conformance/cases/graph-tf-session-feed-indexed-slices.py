# session_test SessionTest testFeedIndexedSlices/testFeedIndexedSlicesWithoutDenseShape/testFetchIndexedSlices:
# an IndexedSlices as a feed_dict key feeds zip(values, indices[, dense_shape]) from its value.
import tensorflow as tf
import numpy as np
values = tf.placeholder(tf.float32, [None, 3], name="vals")
indices = tf.placeholder(tf.int32, [None], name="idx")
shape = tf.placeholder(tf.int32, [2], name="shp")
s = tf.IndexedSlices(values, indices, shape)
out = tf.convert_to_tensor(s)
print(type(s).__name__, s.values.name, s.indices.name, out.name)
with tf.Session() as sess:
    feed = (np.ones((2, 3), np.float32), np.array([0, 2], np.int32), np.array([4, 3], np.int32))
    r = sess.run(s, feed_dict={s: feed})
    print(type(r).__name__, r.values.tolist(), r.indices.tolist(), r.dense_shape.tolist())
    print(sess.run(out, feed_dict={s: (np.ones((1, 3), np.float32) * 2, np.array([1], np.int32), np.array([3, 3], np.int32))}).tolist())
    r2 = sess.run(s.values, feed_dict={s: feed})
    print(r2.tolist())
    r3 = sess.run([s.indices, s], feed_dict={s: r})
    print(r3[0].tolist(), type(r3[1]).__name__)
    s2 = tf.IndexedSlices(values, indices)
    r4 = sess.run(s2, feed_dict={s2: (np.ones((1, 3), np.float32), np.array([0], np.int32))})
    print(r4.dense_shape, r4.indices.tolist())
    try:
        sess.run(s, feed_dict={s: (np.ones((1, 3)),)})
    except Exception as e:
        print(type(e).__name__)
