# `&`, `|`, `^`, `~` on bool tensors: LogicalAnd / LogicalOr named `and` / `or`; `^` is
# tf.logical_xor under `xor` ((x | y) & ~(x & y), the last LogicalAnd named `xor`); `~` is a
# plain LogicalNot (no scope of its own). tf.logical_xor's default name is LogicalXor.
import tensorflow as tf
a = tf.constant([True, True, False, False], name="a")
b = tf.constant([True, False, True, False], name="b")
ts = [a & b, a | b, a ^ b, ~a, a & True, False | b, tf.logical_xor(a, b), tf.math.logical_xor(a, [True] * 4, name="lx")]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
v = tf.Variable([True, False], name="v")
print((v & [True, True]).name, (~v).name)
for f in [lambda: a & [1, 2, 3, 4], lambda: tf.logical_xor(a, [1.0])]:
    try:
        f()
    except (TypeError, ValueError) as error:
        print(error)
