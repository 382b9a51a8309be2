import tensorflow as tf

# Rule: a plain tf.Session() is not the default session until
# `with sess.as_default():` (or `with sess:`); as_default does not close it.

t = tf.constant(6)
sess = tf.Session()
with sess.as_default():
    print(t.eval())
print(sess.run(t / 4))
sess.close()
