# numpy arrays as initial values, tf.constant values, dtypes and feed_dict values.
import numpy as np
import tensorflow as tf
np.random.seed(0)
init = np.random.normal(0, 0.1, size=(2, 3)).astype(np.float32)
w = tf.Variable(init, name="w")
b = tf.get_variable("b", initializer=np.zeros(3, dtype=np.float32))
c = tf.constant(np.arange(6).reshape(2, 3), dtype=tf.float32, name="c")
x = tf.placeholder(np.float32, [None, 2], name="x")
y = tf.matmul(x, w) + b + c[0]
print(w, b, c, x.dtype, y.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    out = sess.run(y, feed_dict={x: np.ones((2, 2), dtype=np.float32)})
    print(out.shape, out.dtype, type(out).__name__)
    print(np.round(out, 3))
    print(np.allclose(sess.run(w), init), np.prod(w.shape.as_list()), np.pi)
