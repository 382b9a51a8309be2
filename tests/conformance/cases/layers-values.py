# tf.layers values: conv2d/dense with constant initializers, pooling, flatten, conv2d_transpose and dropout(training=False) as identity.
import tensorflow as tf
x = tf.reshape(tf.cast(tf.range(2 * 4 * 4 * 2), tf.float32) / 10.0 - 1.0, [2, 4, 4, 2])
c = tf.layers.conv2d(x, 3, 2, padding="same", activation=tf.nn.relu,
                     kernel_initializer=tf.constant_initializer(0.1), bias_initializer=tf.constant_initializer(0.5))
p = tf.layers.max_pooling2d(c, 2, 2)
q = tf.layers.average_pooling2d(c, 3, 2, padding="same")
t = tf.layers.conv2d_transpose(p, 2, 2, strides=2, kernel_initializer=tf.ones_initializer())
f = tf.layers.flatten(q)
d = tf.layers.dense(f, 2, kernel_initializer=tf.constant_initializer(0.25))
o = tf.layers.dropout(d, 0.5)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in sess.run([c, p, q, t, f, d, o]):
        print(v)
