import tensorflow as tf

# Rule: mean_per_class_accuracy opens variable scope mean_accuracy, flattens labels and
# predictions of rank > 1, makes [num_classes] total and count variables, ScatterAdds ones
# (times the weights) into total and the correct ones into count; the value is the mean of
# div_no_nan(count, maximum(total, 0)) named mean_accuracy, the update a DivNoNan update_op.

labels = tf.constant([[0], [1], [2], [1], [0]], dtype=tf.int64)
preds = tf.constant([[0], [2], [2], [1], [1]])
acc, acc_up = tf.metrics.mean_per_class_accuracy(labels, preds, 3)
wacc, wacc_up = tf.metrics.mean_per_class_accuracy(tf.constant([1, 0, 1]), tf.constant([1, 1, 1]), 2,
                                                   weights=tf.constant([[0.5], [2.0], [1.0]]), name="w")
print(acc, acc_up, wacc, wacc_up)
print(tf.local_variables())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.dtype.name for o in op.outputs], [o.shape for o in op.outputs], [x.name for x in op.control_inputs])
with tf.Session() as s:
    s.run(tf.local_variables_initializer())
    print(s.run([acc, wacc]))
    print(s.run([acc_up, wacc_up]))
    print(s.run([acc_up, wacc_up]))
    print(s.run([acc, wacc]))
tf.metrics.mean_per_class_accuracy(tf.constant([1, 0, 1]), tf.constant([1, 1]), 2)
