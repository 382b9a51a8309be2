import tensorflow as tf

# Rule: tf.sets.difference of dense operands is one DenseToDenseSetOperation; the result is a
# SparseTensor of each row's remaining values, sorted, its dense shape [rows, most kept].

a = tf.placeholder(tf.int32, [None, None])
b = tf.placeholder(tf.int32, [None, None])
d = tf.sets.difference(a, b)
e = tf.sets.set_difference(a, b, aminusb=False)
print(d.indices.shape, d.values.shape, d.dense_shape.shape)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
feed = {a: [[1, 2, 2, 5], [3, 3, 1, 0]], b: [[2, 7, 1, 1], [1, 4, 4, 4]]}
with tf.Session() as sess:
    print(sess.run(d, feed))
    print(sess.run(e, feed))
    print(sess.run(tf.sets.difference([[[1, 2], [3, 4]]], [[[2, 2], [5, 3]]])))
    try:
        sess.run(d, {a: [[1, 2]], b: [[1], [2]]})
    except tf.errors.InvalidArgumentError as err:
        print("Mismatched shapes [1] vs [2]" in err.message)
