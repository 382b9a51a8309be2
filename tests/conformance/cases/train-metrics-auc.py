import tensorflow as tf

# Rule: tf.metrics.auc opens variable scope auc, builds all four confusion counts on
# num_thresholds thresholds (i / (n - 1) inside, -1e-7 and 1 + 1e-7 at the ends), then
# the ROC or PR curve by trapezoids (or minoring / majoring, or careful_interpolation for PR)
# with strided slices x[:n-1] - x[1:], named value and update_op.

labels = tf.constant([1, 0, 1, 1, 0, 0, 1])
preds = tf.constant([0.8, 0.3, 0.55, 0.2, 0.65, 0.1, 0.95])
roc, roc_up = tf.metrics.auc(labels, preds, num_thresholds=5)
pr, pr_up = tf.metrics.auc(labels, preds, curve="PR", num_thresholds=4, summation_method="careful_interpolation")
mi, mi_up = tf.metrics.auc(labels, preds, thresholds=[0.7, 0.25, 0.5], summation_method="minoring", name="mino")
ma, ma_up = tf.metrics.auc(labels, preds, curve="PR", num_thresholds=3, summation_method="majoring",
                           weights=tf.constant([1.0, 2.0, 1.0, 0.5, 1.0, 1.0, 3.0]))
print(roc, roc_up, pr, pr_up, mi, ma_up)
print(tf.local_variables())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.dtype.name for o in op.outputs], [o.shape for o in op.outputs], [x.name for x in op.control_inputs])
with tf.Session() as s:
    s.run(tf.local_variables_initializer())
    print(s.run([roc, pr, mi, ma]))
    print(s.run([roc_up, pr_up, mi_up, ma_up]))
    print(s.run([roc_up, pr_up, mi_up, ma_up]))
    print(s.run([roc, pr, mi, ma]))
try:
    tf.metrics.auc(labels, preds, curve="XY")
except ValueError as e:
    print(e)
try:
    tf.metrics.auc(labels, preds, summation_method="simpson")
except ValueError as e:
    print(e)
with tf.Session() as s:
    s.run(tf.local_variables_initializer())
    s.run(tf.metrics.auc(labels, preds * 2.0)[1])
