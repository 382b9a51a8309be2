# split_op_test SplitOpTest testListOfScalarTensors/testSpecialCasesVariable/testNonexistentDimTensor/testDegenerate/testShapeInference.
import tensorflow as tf
import numpy as np
x = tf.constant(np.arange(24).reshape(4, 6))
a = tf.split(x, 2)
b = tf.split(x, [1, 2, 3], axis=1, name="uneven")
c = tf.split(x, [2, -1], axis=1)
d = tf.split(x, 3, axis=-1)
e = tf.split(tf.placeholder(tf.float32, [None, 6]), 3, axis=1)
print([t.name for t in a], [t.shape.as_list() for t in b], [t.shape.as_list() for t in c], [t.name for t in d])
print([t.shape.as_list() for t in e], b[0].op.type, a[0].op.type)
for bad in [lambda: tf.split(x, 5, axis=1), lambda: tf.split(x, [1, 2], axis=1), lambda: tf.split(x, 2, axis=2),
            lambda: tf.split(x, [-1, -1, 8], axis=1)]:
    try:
        bad()
        print("ok")
    except ValueError as err:
        print("ValueError:", str(err).splitlines()[0][:120])
with tf.Session() as sess:
    print(sess.run(b[2]).tolist(), sess.run(c[1]).shape, sess.run(d[0]).tolist())
