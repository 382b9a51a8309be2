import tensorflow as tf

# Rule: string tensors come back as bytes: b'abc' for a scalar, an object
# array of bytes for a list.

s = tf.constant("abc")
l = tf.constant(["x", "yz"])
with tf.Session() as sess:
    print(sess.run(s))
    print(sess.run(l))
    print(sess.run(tf.identity(s)) == b"abc")
