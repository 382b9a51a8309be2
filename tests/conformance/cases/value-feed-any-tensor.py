import tensorflow as tf

# Rule: feed_dict may replace any tensor, not only placeholders: feeding an
# intermediate result skips the ops that would compute it; placeholders
# themselves can also be fed with a default-free scalar.

a = tf.constant(2.0)
b = a * 10
c = b + 1
with tf.Session() as sess:
    print(sess.run(c))
    print(sess.run(c, feed_dict={b: 5.0}))
    print(sess.run(c, feed_dict={a: 0.5}))
    print(sess.run([b, c], feed_dict={"mul:0": 1.0}))
