# tf.map_fn (v1): TensorArrays unstacking the elements, a while_loop with maximum_iterations, the
# results stacked; nested elements, dtype for a different output structure, values.
import tensorflow as tf
elems = tf.constant([1.0, 2.0, 3.0])
squares = tf.map_fn(lambda x: x * x, elems)
print(squares)
pairs = tf.map_fn(lambda p: p[0] * p[1], (tf.constant([1, 2, 3]), tf.constant([4, 5, 6])), dtype=tf.int32)
print(pairs)
both = tf.map_fn(lambda x: (x, x * 2), tf.constant([[1, 2], [3, 4]]), dtype=(tf.int32, tf.int32), name="two")
print(both)
x = tf.placeholder(tf.float32, [None, 2])
rows = tf.map_fn(lambda r: tf.reduce_sum(r), x)
print(rows)
with tf.Session() as sess:
    print(sess.run([squares, pairs, both]))
    print(sess.run(rows, {x: [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]}))
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("map/"):
        print(op.name, op.type, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
