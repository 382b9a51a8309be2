import tensorflow as tf

# Rule: get_or_create_global_step makes one int64 scalar variable `global_step`
# (zeros initializer, not trainable, in GLOBAL_VARIABLES and GLOBAL_STEP), outside
# any name scope; a second create_global_step is a ValueError.

with tf.name_scope("outer"):
    gs = tf.train.get_or_create_global_step()
print(gs, gs.dtype, gs.op.name, gs.initializer.name, gs.initial_value.name)
print(tf.get_collection(tf.GraphKeys.GLOBAL_STEP), tf.global_variables(), tf.trainable_variables())
print(tf.train.get_global_step() is gs, tf.train.get_or_create_global_step() is gs)
inc = tf.assign_add(gs, 1)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(inc)
    sess.run(inc)
    print(tf.train.global_step(sess, gs), type(tf.train.global_step(sess, gs)).__name__)
tf.train.create_global_step()
