import tensorflow as tf

# Rule: the *_at_thresholds metrics and auc build metrics_impl._confusion_matrix_at_thresholds:
# assert_greater_equal / assert_less_equal on the predictions (control inputs of the casts),
# predictions reshaped to [-1, 1], labels to [1, -1], Tile against the thresholds, one
# [num_thresholds] local variable per confusion count; values are Identities (read_var).

labels = tf.constant([[1], [0], [1], [0], [1]])
preds = tf.constant([[0.9], [0.2], [0.4], [0.6], [0.7]])
tp, tp_up = tf.metrics.true_positives_at_thresholds(labels, preds, [0.3, 0.5, 0.8])
fp, fp_up = tf.metrics.false_positives_at_thresholds(labels, preds, [0.5])
fn, fn_up = tf.metrics.false_negatives_at_thresholds(labels, preds, [0.5], name="fneg")
tn, tn_up = tf.metrics.true_negatives_at_thresholds(labels, preds, [0.1, 0.5])
p, p_up = tf.metrics.precision_at_thresholds(labels, preds, [0.25, 0.75])
r, r_up = tf.metrics.recall_at_thresholds(tf.constant([True, False, True]), tf.constant([0.3, 0.6, 0.9]), [0.5],
                                          weights=tf.constant([1.0, 2.0, 0.5]))
print(tp, tp_up, fp, p, p_up, r, r_up)
print(tf.local_variables())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.dtype.name for o in op.outputs], [o.shape for o in op.outputs], [x.name for x in op.control_inputs])
with tf.Session() as s:
    s.run(tf.local_variables_initializer())
    print(s.run([tp, fp, fn, tn, p, r]))
    print(s.run([tp_up, fp_up, fn_up, tn_up, p_up, r_up]))
    print(s.run([tp_up, fp_up, fn_up, tn_up, p_up, r_up]))
    print(s.run([tp, fp, fn, tn, p, r]))
tf.metrics.true_positives_at_thresholds(tf.constant([1, 0]), tf.constant([0.5, 0.5, 0.5]), [0.5])
