import tensorflow as tf

# Rule: sigmoid and tanh are elementwise, in the input's float dtype; large
# inputs saturate to exactly 1 / -1 in float32.

x = tf.constant([-100.0, -1.0, 0.0, 1.0, 100.0])
with tf.Session() as sess:
    print(sess.run(tf.sigmoid(x)))
    print(sess.run(tf.tanh(x)))
    print(sess.run(tf.nn.sigmoid(0.5)))
