import numpy as np
import tensorflow as tf

# Rule: when the loss values' rank is only known at run time (a tf.squeeze of [None, 1]),
# weights_broadcast_ops.assert_broadcastable builds its dynamic check: is_scalar, a cond
# "is_valid_shape" whose false branch compares ranks and set-differences the dimensions, and an
# Assert (guarded, its data not all strings/int32) that the run passes or fails.

x = tf.placeholder(tf.float32, [None, 3])
labels = tf.placeholder(tf.float32, [None])
pred = tf.squeeze(tf.layers.dense(x, 1, name="values"))
print(pred.shape)
mse = tf.losses.mean_squared_error(labels=labels, predictions=pred)
w = tf.placeholder(tf.float32)
weighted = tf.losses.absolute_difference(labels, pred, weights=w)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
feed = {x: np.ones([2, 3], np.float32), labels: [1.0, 2.0]}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(mse, feed).dtype, sess.run(weighted, {w: 0.5, **feed}).shape)
    print(sess.run(weighted, {w: [1.0, 0.0], **feed}).dtype)
    try:
        sess.run(weighted, {w: [[1.0, 0.0]], **feed})
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
