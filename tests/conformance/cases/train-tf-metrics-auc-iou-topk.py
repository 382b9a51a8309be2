# metrics_test AUCTest testAllCorrect/testSomeCorrect, MeanIOUTest testMultipleUpdates, PrecisionAtKTest, RecallAtKTest: names and values.
import tensorflow as tf
labels = tf.constant([0, 1, 1, 0, 1])
preds = tf.constant([0.1, 0.8, 0.4, 0.6, 0.9])
auc, auc_up = tf.metrics.auc(labels, preds, num_thresholds=20)
pr_auc, pr_up = tf.metrics.auc(labels, preds, curve="PR", name="prauc", num_thresholds=20)
iou, iou_up = tf.metrics.mean_iou(tf.constant([0, 1, 2, 2]), tf.constant([0, 1, 1, 2]), num_classes=3)
logits = tf.constant([[0.1, 0.5, 0.4], [0.7, 0.2, 0.1]])
lbl = tf.constant([[1], [2]], tf.int64)
print(auc.name, auc_up.name, pr_auc.name, iou.name, iou_up.name)
print(sorted(v.op.name for v in tf.local_variables()))
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    sess.run([auc_up, pr_up, iou_up])
    print([round(float(v), 4) for v in sess.run([auc, pr_auc, iou])])
