import tensorflow as tf

# Rule: sensitivity_at_specificity / specificity_at_sensitivity build all four confusion counts
# on num_thresholds thresholds, pick the threshold index by ArgMin of |specificity - target|
# (or ArgMax of the Cumsum of the matches of the min gap) and gather tp/fn (tn/fp) there with
# strided slices; the target is checked to be in [0, 1] first.

labels = tf.constant([1, 0, 1, 1, 0, 0, 1, 0])
preds = tf.constant([0.8, 0.3, 0.55, 0.2, 0.65, 0.1, 0.95, 0.4])
se, se_up = tf.metrics.sensitivity_at_specificity(labels, preds, 0.7, num_thresholds=6)
sp, sp_up = tf.metrics.specificity_at_sensitivity(labels, preds, 0.5, num_thresholds=5,
                                                  weights=tf.constant([1.0, 2.0, 1.0, 1.0, 0.5, 1.0, 1.0, 3.0]))
print(se, se_up, sp, sp_up)
print(tf.local_variables())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.dtype.name for o in op.outputs], [o.shape for o in op.outputs], [x.name for x in op.control_inputs])
with tf.Session() as s:
    s.run(tf.local_variables_initializer())
    print(s.run([se, sp]))
    print(s.run([se_up, sp_up]))
    print(s.run([se_up, sp_up]))
    print(s.run([se, sp]))
try:
    tf.metrics.specificity_at_sensitivity(labels, preds, 1.5)
except ValueError as e:
    print(e)
tf.metrics.sensitivity_at_specificity(labels, preds, -0.1)
