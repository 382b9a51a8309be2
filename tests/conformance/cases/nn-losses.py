# tf.losses: mean_squared_error's full graph (assert_broadcastable NoOp as control input, num_present,
# value), the other losses with each Reduction and weights, LOSSES, get_total_loss, errors.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3])
y = tf.placeholder(tf.float32, [None, 3])
l = tf.losses.mean_squared_error(y, x)
print(l)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs], [o.shape for o in op.outputs])
print(tf.get_collection(tf.GraphKeys.LOSSES))
z = tf.placeholder(tf.float32, [4, 3])
ls = [tf.losses.absolute_difference(z, z + 1.0, weights=[[1.0, 0.0, 2.0]]),
      tf.losses.huber_loss(z, z * 2.0, weights=0.5, reduction=tf.losses.Reduction.MEAN),
      tf.losses.log_loss(z, tf.sigmoid(z), reduction=tf.losses.Reduction.SUM_OVER_BATCH_SIZE, scope="ll"),
      tf.losses.hinge_loss(z, z, reduction=tf.losses.Reduction.NONE, loss_collection="other"),
      tf.losses.mean_squared_error(z, z, weights=2.0, reduction=tf.losses.Reduction.SUM, loss_collection=None),
      tf.losses.compute_weighted_loss(z, weights=z)]
print(ls)
print(tf.losses.get_losses())
print(tf.losses.get_regularization_loss(), tf.losses.get_total_loss())
for op in tf.get_default_graph().get_operations()[40:]:
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs], [o.shape for o in op.outputs])
with tf.Session() as s:
    zv = [[0.1, 0.5, 0.9], [0.2, 0.4, 0.6], [1.0, 0.0, 0.3], [0.7, 0.8, 0.25]]
    print(s.run(ls[:-1] + [l], {z: zv, x: zv[:2], y: zv[1:3]}))
for f in [lambda: tf.losses.mean_squared_error(z, tf.zeros([4, 2])), lambda: tf.losses.mean_squared_error(z, None),
          lambda: tf.losses.absolute_difference(z, z, weights=tf.ones([2, 3])),
          lambda: tf.losses.absolute_difference(z, z, weights=tf.ones([3])),
          lambda: tf.losses.compute_weighted_loss(z, reduction="bad")]:
    try:
        f()
    except ValueError as e:
        print(e)
