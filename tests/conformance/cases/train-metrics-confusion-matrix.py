import tensorflow as tf

# Rule: tf.math.confusion_matrix casts to int64, guards labels and predictions with
# assert_non_negative (and assert_less against num_classes) through with_dependencies
# Identities, stacks the pairs on axis 1 and ScatterNds ones (or the weights) into
# [num_classes, num_classes]; mean_iou streams one float64 total_confusion_matrix through it.

labels = tf.constant([0, 1, 2, 1, 0])
preds = tf.constant([[0], [2], [2], [1], [1]])
cm = tf.math.confusion_matrix(labels, preds)
cm3 = tf.confusion_matrix(labels, tf.constant([0, 2, 2, 1, 1]), num_classes=4, weights=[1.0, 2.0, 3.0, 4.0, 5.0],
                          dtype=tf.float32, name="cm")
miou, miou_up = tf.metrics.mean_iou(tf.constant([[0, 1], [2, 1]]), tf.constant([[0, 2], [2, 1]]), 3)
wiou, wiou_up = tf.metrics.mean_iou(labels, tf.constant([0, 2, 2, 1, 1], dtype=tf.int64), 4,
                                    weights=tf.constant([1.0, 0.0, 1.0, 1.0, 2.0]), name="w")
print(cm, cm3, miou, miou_up, wiou)
print(tf.local_variables())
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.dtype.name for o in op.outputs], [o.shape for o in op.outputs], [x.name for x in op.control_inputs])
with tf.Session() as s:
    s.run(tf.local_variables_initializer())
    print(s.run([cm, cm3]))
    print(s.run([miou, wiou]))
    print(s.run([miou_up, wiou_up]))
    print(s.run([miou_up, wiou_up]))
    print(s.run([miou, wiou]))
    try:
        s.run(tf.math.confusion_matrix([0, 1], [1, 3], num_classes=3))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
tf.math.confusion_matrix([0, 1], [1, -1])
