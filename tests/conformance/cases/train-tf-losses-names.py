# losses_test: loss op names, the LOSSES collection, reductions, weights, get_total_loss with regularization, errors.
import tensorflow as tf
labels = tf.constant([[1.0, 0.0], [0.0, 1.0]])
preds = tf.constant([[0.8, 0.2], [0.3, 0.7]])
l1 = tf.losses.mean_squared_error(labels, preds)
l2 = tf.losses.absolute_difference(labels, preds, weights=2.0, reduction=tf.losses.Reduction.SUM)
l3 = tf.losses.softmax_cross_entropy(labels, preds, label_smoothing=0.1)
l4 = tf.losses.sigmoid_cross_entropy(labels, preds, reduction=tf.losses.Reduction.NONE, loss_collection=None, label_smoothing=0.2)
l5 = tf.losses.log_loss(labels, preds, loss_collection=None)
l6 = tf.losses.hinge_loss(labels, preds, scope="myhinge")
print([l.name for l in (l1, l2, l3, l4, l5, l6)])
print([l.name for l in tf.losses.get_losses()])
tf.get_variable("w", [2], regularizer=lambda v: tf.reduce_sum(v))
print(len(tf.losses.get_regularization_losses()), tf.losses.get_total_loss().name, tf.losses.get_total_loss(add_regularization_losses=False).name)
for f in [lambda: tf.losses.mean_squared_error(labels, tf.ones([3, 2])),
          lambda: tf.losses.mean_squared_error(labels, preds, weights=tf.ones([3])),
          lambda: tf.losses.softmax_cross_entropy(labels, preds, reduction="bad")]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([round(float(v), 5) for v in sess.run([l1, l2, l3, l5, l6])], sess.run(l4).round(4).tolist())
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("softmax_cross_entropy_loss/")][:14])
