# gradients_test testAggregationMethodAccumulateN/AddN/Tree: the gradient aggregation op types and values for a sum of many paths.
import tensorflow as tf
for method in (tf.AggregationMethod.ADD_N, tf.AggregationMethod.EXPERIMENTAL_TREE, tf.AggregationMethod.EXPERIMENTAL_ACCUMULATE_N, tf.AggregationMethod.DEFAULT):
    with tf.Graph().as_default():
        x = tf.constant([1.0, 2.0], name="x")
        y = x + x + x * 3.0 + x * x
        z = y + y
        g = tf.gradients(z, x, aggregation_method=method, name="grad")
        print(method, g[0].name, sorted(set(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("grad"))))
        with tf.Session() as sess:
            print(sess.run(g))
try:
    tf.gradients(z, x, aggregation_method=17)
except ValueError as e:
    print("ValueError:", e)
print(tf.AggregationMethod.ADD_N, tf.AggregationMethod.DEFAULT, tf.AggregationMethod.EXPERIMENTAL_TREE)
