# losses_test AbsoluteDifferenceLossTest/MeanSquaredErrorTest/HingeLossTest testAllCorrect/testNonZeroLoss*Weights and Reduction modes.
import tensorflow as tf
labels = tf.constant([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
preds = tf.constant([[0.8, 0.3], [0.4, 0.6], [0.2, 0.9]])
weights = tf.constant([[1.0], [0.0], [2.0]])
R = tf.losses.Reduction
out = []
for red in [R.NONE, R.SUM, R.MEAN, R.SUM_OVER_BATCH_SIZE, R.SUM_BY_NONZERO_WEIGHTS, R.SUM_OVER_NONZERO_WEIGHTS]:
    out.append(tf.losses.absolute_difference(labels, preds, weights=weights, reduction=red))
out.append(tf.losses.mean_squared_error(labels, preds, weights=2.0))
out.append(tf.losses.hinge_loss(labels, preds, reduction=R.SUM))
out.append(tf.losses.huber_loss(labels, preds, delta=0.25))
out.append(tf.losses.log_loss(labels, preds, weights=weights))
print([t.name for t in out])
print([t.shape.as_list() for t in out])
print(len(tf.losses.get_losses()), [t.name for t in tf.get_collection(tf.GraphKeys.LOSSES)][:3])
try:
    tf.losses.get_total_loss()
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0], "|", str(e).splitlines()[1][:60])
print(tf.losses.get_total_loss(add_regularization_losses=False, name="tot", scope="absolute_difference_1").name)
try:
    tf.losses.absolute_difference(labels, preds, reduction="bogus")
except ValueError as e:
    print("ValueError:", e)
with tf.Session() as sess:
    for v in sess.run(out):
        print(v.round(4).tolist())
