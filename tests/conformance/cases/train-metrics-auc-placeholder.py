import tensorflow as tf

# Rule: with a batch size unknown, _confusion_matrix_at_thresholds tiles the thresholds by
# stack([1, shape(predictions_2d)[0]]) (a Pack of a strided slice) and the shapes stay [n, ?].

p = tf.placeholder(tf.float32, [None])
l = tf.placeholder(tf.bool, [None, 1])
a, a_up = tf.metrics.auc(l, p, num_thresholds=4, curve="PR")
tp, tp_up = tf.metrics.true_positives_at_thresholds(l, p, [0.5])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.dtype.name for o in op.outputs], [o.shape for o in op.outputs], [x.name for x in op.control_inputs])
with tf.Session() as s:
    s.run(tf.local_variables_initializer())
    feed = {p: [0.2, 0.9, 0.6], l: [[False], [True], [False]]}
    print(s.run([a_up, tp_up], feed))
    print(s.run([a, tp]))
    s.run(a_up, {p: [0.2, 1.5], l: [[True], [False]]})
