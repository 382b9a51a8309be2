import tensorflow as tf

# Rule: the confusion-count metrics with weights check assert_rank_in(weights, (0, rank(values)))
# statically (Rank and Shape Consts, assert_type NoOps, a static_checks_determined_all_ok
# NoOp) as the control input of the weights' Cast and Mul; precision / recall pass the weights
# to both counts.

labels = tf.constant([1, 0, 1, 1])
preds = tf.constant([1, 1, 0, 1])
tp, tp_up = tf.metrics.true_positives(labels, preds, weights=tf.constant([1.0, 2.0, 3.0, 4.0]))
fn, fn_up = tf.metrics.false_negatives(labels, preds, weights=2.0)
p, p_up = tf.metrics.precision(labels, preds, weights=tf.constant([[0.5], [1.0], [1.0], [2.0]]))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.dtype.name for o in op.outputs], [o.shape for o in op.outputs], [x.name for x in op.control_inputs])
with tf.Session() as s:
    s.run(tf.local_variables_initializer())
    print(s.run([tp_up, fn_up, p_up]))
    print(s.run([tp, fn, p]))
tf.metrics.true_positives(labels, preds, weights=tf.constant([[[1.0]]]))
