import tensorflow as tf

# Rule: running an Operation (tf.group, no_op, an initializer) gives None;
# a list mixing ops and tensors gives None in the ops' places.

v = tf.Variable(3, name="v")
init = tf.global_variables_initializer()
g = tf.group(v.initializer)
with tf.Session() as sess:
    print(sess.run(init))
    print(sess.run([g, v, tf.no_op()]))
    print(sess.run(v.op))
