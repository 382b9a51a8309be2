import tensorflow as tf

# Rule: weighted metrics squeeze/expand the weights to the values' rank, then
# broadcast_weights: equal static shapes pass as they are, otherwise
# assert_broadcastable builds shape/rank Consts and a static-check NoOp that the
# ones_like ops depend on; the count adds sum(weights). Weights that cannot
# broadcast are a ValueError.

vals = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
m1 = tf.metrics.mean(vals, weights=tf.constant([[1.0], [0.0]]))
m2 = tf.metrics.mean(vals, weights=0.5, name="half")
acc = tf.metrics.accuracy(tf.constant([[1], [2], [3]]), tf.constant([1, 0, 3]), weights=[1.0, 1.0, 0.0])
m3 = tf.metrics.mean(vals, weights=vals, name="same")
for o in tf.get_default_graph().get_operations():
    print(o.name, o.type, [i.name for i in o.inputs], [x.dtype.name for x in o.outputs], [x.shape for x in o.outputs], [x.name for x in o.control_inputs])
with tf.Session() as s:
    s.run(tf.local_variables_initializer())
    print(s.run([m1[1], m2[1], acc[1], m3[1]]))
    print(s.run([m1[0], m2[0], acc[0], m3[0]]))
tf.metrics.mean(vals, weights=tf.constant([[1.0, 2.0]]))
