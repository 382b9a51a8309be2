import tensorflow as tf

# Rule: a reshape to a different element count fails at graph-build time;
# with a fed placeholder of unknown size it fails at run time instead.

p = tf.placeholder(tf.int32, shape=[None])
r = tf.reshape(p, [2, 2])
with tf.Session() as sess:
    print(sess.run(r, feed_dict={p: [1, 2, 3, 4]}))
    try:
        sess.run(r, feed_dict={p: [1, 2, 3]})
    except tf.errors.InvalidArgumentError as e:
        print(str(e).splitlines()[0])
x = tf.reshape(tf.constant([1, 2, 3]), [2, 2])
