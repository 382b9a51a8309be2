# string_join_op_test StringJoinOpTest testStringJoin and reduce_join_op_test (axis 0/1, keepdims, separator): names and values.
import tensorflow as tf
a = tf.constant(["a", "b"])
j1 = tf.strings.join([a, "c", a], separator="-")
j2 = tf.string_join([a, a], name="twice")
m = tf.constant([["ab", "cd"], ["ef", "gh"]])
r0 = tf.strings.reduce_join(m, axis=0)
r1 = tf.reduce_join(m, axis=1, separator=",")
r2 = tf.strings.reduce_join(m, keepdims=True)
r3 = tf.strings.reduce_join(m)
print(j1.name, j1.shape, j2.name, r0.name, r0.shape, r1.shape, r2.shape, r3.shape)
with tf.Session() as sess:
    print(sess.run([j1, j2, r0, r1, r2, r3]))
