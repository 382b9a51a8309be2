import tensorflow as tf

# Rule: float32 values print with the fewest digits that identify them:
# 0.1 + 0.2 is 0.3 in float32 (not 0.30000000000000004), 1/3 is 0.33333334;
# arrays align their columns.

with tf.Session() as sess:
    print(sess.run(tf.constant(0.1) + 0.2))
    print(sess.run(tf.constant([0.1, 1.0, 100.0]) / 3))
    print(sess.run(tf.constant([[1.5, -2.25], [1000.0, 0.001]])))
    print(sess.run(tf.constant(1e10) * 10))
    print(sess.run(tf.constant([1e-5, 1.0])))
