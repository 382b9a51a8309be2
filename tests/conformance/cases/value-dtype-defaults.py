import tensorflow as tf

# Rule: Python ints make int32 tensors, Python floats float32, bools bool and
# strings string; sess.run gives numpy scalars of those dtypes, and strings
# come back as bytes (b'hi').

values = [tf.constant(3), tf.constant(2.5), tf.constant(True), tf.constant([1, 2])]
with tf.Session() as sess:
    for t in values:
        v = sess.run(t)
        print(t.dtype.name, v, v.dtype, v.shape)
    s = tf.constant("hi")
    print(s.dtype.name, sess.run(s), repr(sess.run(s)))
    print(repr(sess.run(values[0])), repr(sess.run(values[1])), repr(sess.run(values[2])))
