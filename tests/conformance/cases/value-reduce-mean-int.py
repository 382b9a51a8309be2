import tensorflow as tf

# Rule: reduce_mean of an int tensor is computed in ints and truncates toward
# zero: mean([1, 2]) is 1 and mean([-1, -2]) is -1; floats give 1.5.

with tf.Session() as sess:
    print(sess.run(tf.reduce_mean([1, 2])))
    print(sess.run(tf.reduce_mean([-1, -2])))
    print(sess.run(tf.reduce_mean([1.0, 2.0])))
    print(sess.run(tf.reduce_mean([[1, 2], [4, 7]], axis=0)))
    print(sess.run(tf.reduce_mean([[1., 2.], [4., 7.]], axis=1)))
