import tensorflow as tf

# Rule: eval() and run() take a feed_dict too.

p = tf.placeholder(tf.int32, shape=[])
y = p * p
with tf.Session():
    print(y.eval(feed_dict={p: 7}))
    print(y.eval({p: -3}))
