import tensorflow as tf

# Rule: fetches may be tensor names ("total:0") or op names ("total"); an op
# name runs the op and gives None.

x = tf.constant([1, 2, 3], name="x")
total = tf.reduce_sum(x, name="total")
with tf.Session() as sess:
    print(sess.run("total:0"))
    print(sess.run("total"))
    print(sess.run(["x:0", total]))
    sess.run("nothing:0")
