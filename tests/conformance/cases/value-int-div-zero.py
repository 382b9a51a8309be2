import tensorflow as tf

# Rule: integer // and % by zero are runtime errors (InvalidArgumentError
# "Integer division by zero"), found only when the op runs.

a = tf.constant([7, 8])
b = tf.constant([2, 0])
q = a // b
with tf.Session() as sess:
    print(sess.run(a // 2), sess.run(a % 3))
    try:
        sess.run(a % b)
    except tf.errors.InvalidArgumentError as e:
        print(str(e).splitlines()[0])
        print([line for line in str(e).splitlines() if "division" in line])
    sess.run(q)
