# tf.layers.batch_normalization: fused (4-D) and unfused (2-D), training and inference, center/scale off, axis=1; tf.nn.fused_batch_norm and batch_normalization with Python moments; UPDATE_OPS and moving statistics (values to 1e-4: TF sums in its own order).
import tensorflow as tf
x = tf.reshape(tf.cast(tf.range(2 * 3 * 2 * 3), tf.float32) / 7.0 - 1.0, [2, 3, 2, 3])
h = tf.reshape(tf.cast(tf.range(4 * 5), tf.float32) / 3.0, [4, 5])
a = tf.layers.batch_normalization(x, training=True)
b = tf.layers.batch_normalization(x, training=False, name="bn_infer")
c = tf.layers.batch_normalization(h, training=True, momentum=0.9)
d = tf.layers.batch_normalization(h, training=False, center=False)
e = tf.layers.batch_normalization(x, axis=1, training=True, scale=False)
f1 = tf.nn.fused_batch_norm(x, [1., 2., 3.], [0., 0.5, 1.])
f2 = tf.nn.batch_normalization(h, 1.0, 2.0, None, None, 0.001)
updates = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
print([u.name for u in updates])
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print([op.name for op in tf.get_default_graph().get_operations()][-40:])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in sess.run([tf.round(t * 10000.0) for t in [a, b, c, d, e, f1[0], f1[1], f1[2], f2]]):
        print(v)
    sess.run(updates)
    print(sess.run([tf.round(v * 10000.0) for v in tf.global_variables()]))
