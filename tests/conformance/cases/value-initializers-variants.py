import tensorflow as tf

# Rule: variables_initializer(list) initialises only those variables;
# initialize_all_variables is the old name of global_variables_initializer;
# v.initializer is v's own Assign op.

a = tf.Variable(1, name="a")
b = tf.Variable(2, name="b")
print(a.initializer.name, a.initializer.type)
with tf.Session() as sess:
    sess.run(tf.variables_initializer([a]))
    print(sess.run(a))
    try:
        sess.run(b)
    except tf.errors.FailedPreconditionError as e:
        print("FailedPreconditionError")
    sess.run(tf.initialize_all_variables())
    print(sess.run([a, b]))
