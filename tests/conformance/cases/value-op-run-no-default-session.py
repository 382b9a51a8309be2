import tensorflow as tf

# Rule: op.run() needs a default session too ("Cannot execute operation using
# `run()`..."), and runs the op when there is one.

v = tf.Variable(1, name="v")
with tf.Session() as sess:
    v.initializer.run()
    print(v.eval())
    sess2 = tf.Session()
    v.initializer.run(session=sess2)
    print(sess2.run(v))
v.initializer.run()
