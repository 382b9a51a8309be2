import tensorflow as tf

# Rule: exp / log / sqrt follow IEEE floats: log(0) is -inf, log and sqrt of
# negatives are nan, exp overflows to inf; numpy prints them as inf / nan.

with tf.Session() as sess:
    print(sess.run(tf.exp([0.0, 1.0, 100.0])))
    print(sess.run(tf.log([0.0, -1.0, 1.0])))
    print(sess.run(tf.sqrt([4.0, 2.0, -1.0])))
    print(sess.run(tf.square([3, -4])))
    print(sess.run(tf.sqrt(-1.0)), sess.run(tf.log(0.0)))
    print(sess.run(tf.constant([1.0, 0.0, -1.0]) / 0.0))
