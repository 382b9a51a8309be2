import tensorflow as tf

# Rule: an explicit dtype is kept through ops: int64 + int64 stays int64,
# float64 prints with float64's longer digits, and the dtype of the result of
# a Python-number operand follows the tensor (2 * float64 tensor is float64).

a = tf.constant([1, 2], dtype=tf.int64)
b = tf.constant(1.0, dtype=tf.float64) / 3
c = tf.constant([1.0, 2.0], dtype=tf.float16) * 3
with tf.Session() as sess:
    for t in (a + a, b, 2 * b, c):
        v = sess.run(t)
        print(t.dtype.name, v.dtype, v)
