# tf.unique (namedtuple Unique(y, idx)), tf.unsorted_segment_sum, tf.IndexedSlices built by hand
# and checked with isinstance, tf.AggregationMethod constants.
import tensorflow as tf
ids = tf.constant([3, 1, 3, 0, 1])
u = tf.unique(ids)
print(type(u).__name__, u._fields, u.y, u.idx)
vals = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0], [9.0, 10.0]])
s = tf.unsorted_segment_sum(vals, u.idx, tf.shape(u.y)[0])
s2 = tf.math.unsorted_segment_sum(vals, [0, 0, 1, 1, 2], 3, name="seg")
w = tf.Variable(tf.ones([4, 2]))
g, = tf.gradients(tf.reduce_sum(tf.gather(w, ids)), [w], aggregation_method=tf.AggregationMethod.EXPERIMENTAL_TREE)
print(isinstance(g, tf.IndexedSlices), isinstance(vals, tf.IndexedSlices))
h = tf.IndexedSlices(g.values * 2.0, g.indices, dense_shape=g.dense_shape)
print(h.values, h.indices, h.dense_shape)
print(tf.AggregationMethod.ADD_N, tf.AggregationMethod.DEFAULT, tf.AggregationMethod.EXPERIMENTAL_ACCUMULATE_N)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
print(sess.run([u, s, s2]))
print(sess.run(tf.convert_to_tensor(h)))
