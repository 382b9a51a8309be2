import tensorflow as tf

# Rule: with placeholders of unknown size the graph builds, and the mismatch
# is found only when the fed values meet: InvalidArgumentError at run time,
# whose message begins "Graph execution error:" and says "Matrix
# size-incompatible".

x = tf.placeholder(tf.float32, shape=[None, None])
y = tf.placeholder(tf.float32, shape=[None, None])
z = tf.matmul(x, y)
with tf.Session() as sess:
    print(sess.run(z, feed_dict={x: [[1, 2]], y: [[3], [4]]}))
    try:
        sess.run(z, feed_dict={x: [[1, 2]], y: [[3, 4]]})
    except tf.errors.InvalidArgumentError as e:
        print(str(e).splitlines()[0])
        print([line for line in str(e).splitlines() if line.startswith("Matrix")])
    sess.run(z, feed_dict={x: [[1, 2, 3]], y: [[3], [4]]})
