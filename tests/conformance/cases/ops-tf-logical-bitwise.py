# math_ops_test LogicalOpTest testLogicalAnd/Or/Not/Xor with broadcasting, bitwise_ops_test testBinaryOps/testInvertOp names/values.
import tensorflow as tf
a = tf.constant([True, False, True, False])
b = tf.constant([True, True, False, False])
outs = [tf.logical_and(a, b), tf.logical_or(a, b), tf.logical_not(a), tf.logical_xor(a, b), a & b, a | b, ~a, a ^ b,
        tf.logical_and(tf.constant([[True], [False]]), b, name="bcast")]
x = tf.constant([5, 3, 12], tf.int32)
y = tf.constant([3, 6, 10], tf.int32)
bits = [tf.bitwise.bitwise_and(x, y), tf.bitwise.bitwise_or(x, y), tf.bitwise.bitwise_xor(x, y), tf.bitwise.invert(x),
        tf.bitwise.left_shift(x, 1), tf.bitwise.right_shift(x, y % 3)]
bits += [x & y, x | y, x ^ y, ~x]
print([t.name for t in outs + bits])
print([t.shape.as_list() for t in outs + bits])
with tf.Session() as sess:
    for v in sess.run(outs + bits):
        print(v.tolist())
