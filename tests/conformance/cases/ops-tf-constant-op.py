# constant_op_test testFloat/testInt/testString/testShapeInference/testBadShape/testTooLargeConstant/testZerosLike/testOnesLike/testFill: dtypes, shapes, values and errors of constants.
import tensorflow as tf
import numpy as np
for value, dtype in ((1, None), (1.5, None), ([1, 2], tf.int64), ([[1.0, 2.0]], tf.float16), (True, None), ("hi", None), (b"x", None), (np.array([1, 2], np.int8), None), (np.float64(2.0), None)):
    c = tf.constant(value, dtype=dtype)
    print(c.name, c.dtype, c.get_shape())
c = tf.constant(7, shape=[2, 3])
print(c.get_shape(), c.op.get_attr("dtype"))
with tf.Session() as sess:
    print(sess.run(c).tolist(), sess.run(tf.constant([1, 2, 3], shape=[3, 1])).tolist())
for bad in (lambda: tf.constant([1, 2, 3, 4, 5, 6, 7], shape=[5]), lambda: tf.constant([1, 2], dtype=tf.string), lambda: tf.constant([[1, 2], [3]]), lambda: tf.constant(1.5, dtype=tf.int32), lambda: tf.constant(2**40, dtype=tf.int32), lambda: tf.constant(-1, dtype=tf.uint8)):
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:160])
z = tf.zeros_like(tf.constant([[1, 2], [3, 4]], dtype=tf.int64))
o = tf.ones_like(tf.constant([1.0, 2.0]), dtype=tf.int32, name="ol")
f = tf.fill([2, 3], 9, name="f")
print(z.name, z.dtype, o.name, o.dtype, f.name, f.op.type, f.get_shape())
with tf.Session() as sess:
    print(sess.run([z, o, f]))
