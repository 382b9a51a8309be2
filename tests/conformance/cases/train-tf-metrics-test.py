# metrics_test MeanTest/AccuracyTest/AUC-free/PrecisionTest/RecallTest testVars/testMetricsCollection/testUpdatesCollection/testBasic: local variable names, collections, update op names and values.
import tensorflow as tf
values = tf.constant([1.0, 2.0, 3.0, 6.0])
mean, update = tf.metrics.mean(values, metrics_collections=["my_metrics"], updates_collections=["my_updates"])
print(mean.name, update.name, sorted(v.name for v in tf.local_variables()), [t.name for t in tf.get_collection("my_metrics")], [t.name for t in tf.get_collection("my_updates")])
labels = tf.constant([1, 0, 1, 1])
preds = tf.constant([1, 1, 1, 0])
acc, acc_up = tf.metrics.accuracy(labels, preds)
prec, prec_up = tf.metrics.precision(labels, preds)
rec, rec_up = tf.metrics.recall(labels, preds, name="my_recall")
print(acc.name, acc_up.name, prec.name, prec_up.name, rec.name, rec_up.name)
print(sorted(v.name for v in tf.local_variables()))
print([v.name for v in tf.get_collection(tf.GraphKeys.METRIC_VARIABLES)][:4])
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(sess.run(update), sess.run(update))
    print(sess.run([acc_up, prec_up, rec_up]), sess.run([acc, prec, rec]))
try:
    tf.metrics.accuracy(tf.constant([1, 0]), tf.constant([1, 0, 1]))
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
