import tensorflow as tf

# Rule: v.load(value, sess) writes a value straight into the session (no new
# op); without a session argument the default session is used.

v = tf.Variable([0.0, 0.0], name="v")
n = len(tf.get_default_graph().get_operations())
with tf.Session() as sess:
    sess.run(v.initializer)
    v.load([1.5, 2.5], sess)
    print(sess.run(v))
    v.load([3.0, 4.0])
    print(v.eval())
print(len(tf.get_default_graph().get_operations()) == n)
