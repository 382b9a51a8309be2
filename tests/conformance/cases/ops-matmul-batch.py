# matmul with an unknown rank or a rank above 2 builds BatchMatMulV2 (transposes become adj_x/adj_y):
# ranks at least 2, inner dims merged, batch dims broadcast; an unknown rank gives an unknown shape.
import tensorflow as tf
p = tf.placeholder(tf.float32, None)
m = tf.constant([[1.0, 2.0], [3.0, 4.0]])
t3 = tf.ones([3, 2, 2])
t4 = tf.ones([2, 1, 2, 3])
v = tf.constant([1.0, 2.0])
for f in [lambda: tf.matmul(p, m), lambda: p @ m, lambda: tf.matmul(m, p, transpose_b=True), lambda: tf.matmul(t3, m),
          lambda: tf.matmul(m, t3, name="bm"), lambda: tf.matmul(t4, t3, transpose_a=True), lambda: tf.matmul(t3, t4),
          lambda: tf.matmul(t3, v), lambda: tf.matmul(p, v), lambda: tf.matmul(t3, tf.ones([2, 2, 2])),
          lambda: tf.matmul(tf.ones([2, 3, 4]), tf.ones([2, 5, 6])), lambda: tf.matmul(tf.ones([1, 2, 3], tf.int32), [[[1], [2], [3]]])]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError", str(e).splitlines()[0])
    except TypeError as e:
        print("TypeError", str(e).splitlines()[0])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    print(sess.run(tf.matmul(p, m), {p: [[1.0, 0.0]]}))
    print(sess.run(tf.matmul(t4, t3, transpose_a=True)))
    print(sess.run(tf.matmul(tf.ones([1, 2, 3], tf.int32), [[[1], [2], [3]]])))
    try:
        sess.run(tf.matmul(p, m), {p: [1.0, 0.0]})
    except tf.errors.InvalidArgumentError as e:
        print(str(e).splitlines()[0])
