# tf.metrics.accuracy with predictions/labels of unknown rank: confusion_matrix.remove_squeezable
# _dimensions squeezes by the dynamic rank difference inside tf.conds; values for both layouts.
import tensorflow as tf
labels = tf.placeholder(tf.int64, None, name="labels")
preds = tf.placeholder(tf.int64, None, name="preds")
acc, upd = tf.metrics.accuracy(labels, preds)
l2 = tf.placeholder(tf.int64, [None], name="l2")
p2 = tf.placeholder(tf.int64, None, name="p2")
acc2, upd2 = tf.metrics.accuracy(l2, p2, name="acc2")
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
sess = tf.Session()
sess.run(tf.local_variables_initializer())
print(sess.run(upd, {labels: [[1], [2], [3]], preds: [1, 2, 4]}))
print(sess.run(upd, {labels: [1, 2, 3], preds: [[1], [0], [3]]}))
print(sess.run(upd2, {l2: [1, 2], p2: [[1], [2]]}))
print(sess.run([acc, acc2]))
