import tensorflow as tf

# Rule: percentage_below, mean_relative_error and mean_cosine_distance are tf.metrics.mean of
# a derived tensor (Less cast to float; where(normalizer == 0, 0, |l - p| / normalizer);
# sum(p * l, dim, keepdims) then 1 - mean); mean_tensor keeps [shape] total_tensor and
# count_tensor variables and an element-wise DivNoNan value.

v = tf.constant([0.1, 0.5, 0.9, 0.3])
pb, pb_up = tf.metrics.percentage_below(v, 0.4)
pbw, pbw_up = tf.metrics.percentage_below(v, 0.4, weights=tf.constant([1.0, 2.0, 3.0, 4.0]), name="pbw")
labels = tf.constant([[1.0], [2.0], [0.5]])
preds = tf.constant([1.5, 1.0, 0.5])
mre, mre_up = tf.metrics.mean_relative_error(labels, preds, normalizer=tf.constant([2.0, 0.0, 1.0]))
mcd, mcd_up = tf.metrics.mean_cosine_distance(tf.constant([[0.6, 0.8], [1.0, 0.0]]),
                                              tf.constant([[0.8, 0.6], [0.0, 1.0]]), dim=1)
mt, mt_up = tf.metrics.mean_tensor(tf.constant([[1, 2], [3, 4]]))
mtw, mtw_up = tf.metrics.mean_tensor(tf.constant([1.0, 5.0]), weights=tf.constant(2.0), name="mtw")
print(pb, pb_up, mre, mcd, mcd_up, mt, mt_up)
print(tf.local_variables())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.dtype.name for o in op.outputs], [o.shape for o in op.outputs], [x.name for x in op.control_inputs])
with tf.Session() as s:
    s.run(tf.local_variables_initializer())
    print(s.run([pb, pbw, mre, mcd, mt, mtw]))
    print(s.run([pb_up, pbw_up, mre_up, mcd_up, mt_up, mtw_up]))
    print(s.run([pb_up, pbw_up, mre_up, mcd_up, mt_up, mtw_up]))
    print(s.run([pb, pbw, mre, mcd, mt, mtw]))
tf.metrics.mean_relative_error(labels, preds, normalizer=tf.constant([2.0, 1.0]))
