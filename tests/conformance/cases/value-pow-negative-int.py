import tensorflow as tf

# Rule: an int tensor to a negative int power is a runtime error
# ("Integers to negative integer powers are not allowed"); floats are fine.

x = tf.constant([2, 3])
with tf.Session() as sess:
    print(sess.run(x ** 2), sess.run(tf.pow(x, 0)))
    print(sess.run(tf.constant(2.0) ** -2))
    try:
        sess.run(x ** tf.constant([1, -2]))
    except tf.errors.InvalidArgumentError as e:
        print([line for line in str(e).splitlines() if line.startswith("Integers")])
    sess.run(tf.pow(x, -2))
