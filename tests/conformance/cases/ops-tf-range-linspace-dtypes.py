# math_ops_test RangeTest testBasic/testLimitOnly/testNegativeDelta/testDTypes/testMixedDType, LinSpaceTest testPositive/testNegative.
import tensorflow as tf
outs = [tf.range(5), tf.range(1, 7, 2), tf.range(5, 0, -2), tf.range(0.5, 2.0, 0.5), tf.range(3, dtype=tf.int64),
        tf.range(tf.constant(4), name="rng"), tf.range(1, 5.5), tf.linspace(0.0, 1.0, 5), tf.lin_space(-1.0, 1.0, 3, name="ls"),
        tf.range(0), tf.range(2, 2)]
print([t.name for t in outs], [t.dtype.name for t in outs], [t.shape.as_list() for t in outs])
try:
    tf.range(1, 3, 0)
    print("built")
except ValueError as e:
    print("ValueError:", e)
try:
    tf.range(3, dtype=tf.string)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0][:100])
with tf.Session() as sess:
    for v in sess.run(outs):
        print(v.tolist())
