import tensorflow as tf

# Rule: reading a variable before its initializer ran is a
# FailedPreconditionError ("Attempting to use uninitialized value v"); each
# new session starts with every variable uninitialised again.

v = tf.Variable([1, 2], name="v")
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(v))
with tf.Session() as sess:
    try:
        sess.run(v + 1)
    except tf.errors.FailedPreconditionError as e:
        print(str(e).splitlines()[0])
        print([line for line in str(e).splitlines() if line.startswith("Attempting")])
    sess.run(v)
