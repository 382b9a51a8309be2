# tf.where_v2 broadcasts: one SelectV2 op (its Python operands become `SelectV2/t`, `SelectV2/e`
# Consts); with only a condition it is the same Where op as tf.where (int64 coordinates (?, rank)).
import tensorflow as tf
c = tf.constant([[True, False, True]], name="c")
x = tf.constant([[1.], [2.]], name="x")
ts = [tf.where_v2(c, x, 0.0), tf.where_v2(c, 1, 2, name="w"), tf.where_v2(c), tf.where_v2([True, False])]
for t in ts:
    print(t)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(ts))
for f in [lambda: tf.where_v2(c, x), lambda: tf.where_v2(c, tf.zeros([2, 2]), 0.0),
          lambda: tf.where_v2(c, 1, 2.0), lambda: tf.where_v2(x, 1, 2)]:
    try:
        f()
    except (TypeError, ValueError) as error:
        print(error)
