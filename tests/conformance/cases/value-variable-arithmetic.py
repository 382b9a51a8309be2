import tensorflow as tf

# Rule: variables take part in arithmetic through their read value; an
# update reads the variable's value before the new value is written.

w = tf.Variable([[1.0, 2.0]], name="w")
x = tf.constant([[3.0], [4.0]])
y = tf.matmul(w, x) + 1
grow = w.assign(w * 2)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(y))
    print(sess.run(grow))
    print(sess.run(y))
