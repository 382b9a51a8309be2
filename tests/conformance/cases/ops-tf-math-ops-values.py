# math_ops_test testReduceAllDims/testLogSumExp/testSquaredDifference/testRound/testModulus/testDivNoNan/testTruediv/testFloorDiv/testAccumulateN/testAddN: names and values (FloorMod, TruncateMod, TruncateDiv, AddN).
import tensorflow as tf
x = tf.constant([[1.0, 2.0], [3.0, 4.0]], name="x")
i = tf.constant([7, -7, 9], name="i")
ops = [tf.reduce_sum(x), tf.reduce_mean(x, axis=0), tf.reduce_max(x, 1, keepdims=True), tf.reduce_logsumexp(x), tf.reduce_logsumexp(x, 1),
       tf.squared_difference(x, 1.0), tf.round(tf.constant([0.5, 1.5, 2.5, -0.5])), tf.mod(i, 3), tf.floormod(i, 3), tf.truncatemod(i, 3),
       tf.div_no_nan(x, tf.constant([[0.0, 2.0], [1.0, 0.0]])), tf.truediv(i, 2), tf.floordiv(i, 2), tf.truncatediv(i, 2), i // 2, i / 2, x // 3.0,
       tf.add_n([x, x, x]), tf.accumulate_n([x, x]), tf.cumsum(x, axis=1, exclusive=True), tf.cumprod(x, reverse=True), tf.reduce_prod(x, 0), tf.reduce_std(x) if hasattr(tf, "reduce_std") else tf.math.reduce_std(x),
       tf.count_nonzero(tf.constant([0, 1, 2, 0])), tf.argmax(x, 1), tf.argmin(x, 0, output_type=tf.int32), tf.sign(tf.constant([-2.0, 0.0, 3.0])), tf.rsqrt(tf.constant(4.0))]
for t in ops:
    print(t.name, t.dtype, t.get_shape())
with tf.Session() as sess:
    for v in sess.run(ops):
        print(v.round(4).tolist() if hasattr(v, "round") else v)
try:
    tf.add_n([])
except ValueError as e:
    print("ValueError:", e)
try:
    tf.add_n([x, tf.constant([1.0])])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
try:
    tf.truediv(tf.constant(1), tf.constant(1.0))
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
