import tensorflow as tf

# Rule: a schedule's dtype is its initial learning rate's; a float64 rate casts the
# int step and the other arguments to float64; a placeholder step works too.

step = tf.placeholder(tf.int32, [], name="step")
lr = tf.train.exponential_decay(tf.constant(0.5, tf.float64), step, 3, 0.5, name="lr64")
lr2 = tf.train.polynomial_decay(1.0, step, 10, name="poly")
print(lr, lr2)
with tf.Session() as sess:
    for s in (0, 4, 12):
        print(sess.run([lr, lr2], {step: s}))
