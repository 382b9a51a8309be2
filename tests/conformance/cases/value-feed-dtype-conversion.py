import tensorflow as tf

# Rule: a fed value is converted to the placeholder's dtype as numpy converts
# it: ints fed to a float32 placeholder become floats, floats fed to an int32
# placeholder are truncated.

f = tf.placeholder(tf.float32, shape=[2])
i = tf.placeholder(tf.int32)
with tf.Session() as sess:
    print(sess.run(f * 2, feed_dict={f: [1, 2]}))
    print(sess.run(i + 1, feed_dict={i: [1.9, -1.9]}))
    print(sess.run(i, feed_dict={i: 5}))
