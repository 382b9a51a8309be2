import numpy as np
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3, 4])
s = tf.stack(x.get_shape()[1:3])
t = tf.stack(x)
n = tf.stack(np.array([[1, 2], [3, 4]]))
c = tf.convert_to_tensor(x.shape)
d = tf.convert_to_tensor(x.shape[1], dtype=tf.int64, name="dim")
z = tf.zeros(tf.stack(x.shape[:2]))
print(s.name, s.dtype.name, t is x, n.name, c.name, d.name, d.dtype.name, z.shape)
for bad in (lambda: tf.convert_to_tensor(tf.placeholder(tf.float32, [None, 2]).shape),
            lambda: tf.convert_to_tensor(x.shape, dtype=tf.float32),
            lambda: tf.convert_to_tensor(tf.placeholder(tf.float32, [None]).shape[0])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
with tf.Session() as sess:
    print(sess.run([s, c, d, n]))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
