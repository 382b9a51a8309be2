import tensorflow as tf

# Rule: metric variables are local: global_variables_initializer skips them, reading
# one before local_variables_initializer fails; variables_initializer([...]) runs a
# chosen few; the names repeat with _1 for a second metric of the same kind.

v = tf.Variable(1.0, name="v")
m1, up1 = tf.metrics.mean(v * 2.0)
m2, up2 = tf.metrics.mean(v * 4.0)
print(m1, up1, m2, up2)
print(tf.global_variables(), tf.local_variables())
print(tf.variables_initializer(tf.local_variables(), name="local_init").name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(tf.variables_initializer(tf.local_variables()))
    print(sess.run([up1, up2]), sess.run([m1, m2]))
    sess.run(tf.local_variables_initializer())
    print(sess.run([m1, m2]))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(m1)
