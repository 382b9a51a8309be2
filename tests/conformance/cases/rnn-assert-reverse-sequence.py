import tensorflow as tf
x = tf.placeholder(tf.int32, [None])
a = tf.Assert(tf.reduce_all(x > 0), ["x must be positive: ", x, tf.shape(x)], summarize=2, name="check")
print(a.name, a.type, [t.name for t in a.inputs], a.get_attr("summarize"))
with tf.control_dependencies([a]):
    y = tf.identity(x)
b = tf.debugging.Assert(tf.constant(True), [x])
print(b.name)
s = tf.reverse_sequence(tf.reshape(tf.range(12.0), [2, 3, 2]), [3, 1], seq_axis=1, batch_axis=0)
s2 = tf.reverse_sequence(tf.reshape(tf.range(6), [3, 2]), tf.constant([2, 3], tf.int64), seq_axis=0, batch_axis=1)
print(s, s2)
with tf.Session() as sess:
    print(sess.run(y, {x: [1, 2, 3]}))
    print(sess.run([s, s2]))
    try:
        sess.run(y, {x: [1, -2, 3, 4]})
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__, [line for line in str(e).splitlines() if "assertion" in line])
    c = tf.Assert(x[0] > 5, ["big", tf.reshape(x, [2, 2]), x], summarize=3)
    try:
        sess.run(c, {x: [1, -2, 3, 4]})
    except tf.errors.InvalidArgumentError as e:
        print([line for line in str(e).splitlines() if "assertion" in line])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
