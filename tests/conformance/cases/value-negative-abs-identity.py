import tensorflow as tf

# Rule: unary minus builds Neg, abs() builds Abs, identity passes values
# through; all keep the dtype.

x = tf.constant([-2, 0, 3])
with tf.Session() as sess:
    print(sess.run(-x), sess.run(abs(x)), sess.run(tf.abs(-2.5)))
    print(sess.run(tf.negative(tf.constant([1.5]))), sess.run(tf.identity(x)))
