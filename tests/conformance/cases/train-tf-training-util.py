# training_util_test: get_global_step, create_global_step twice, a global step of the wrong type, get_or_create_global_step, assert_global_step, global_step read.
import tensorflow as tf
print(tf.train.get_global_step())
gs = tf.train.create_global_step()
print(gs.name, gs.dtype, gs.get_shape(), gs.trainable, tf.train.get_global_step() is gs)
try:
    tf.train.create_global_step()
except ValueError as e:
    print("ValueError:", e)
print(tf.train.get_or_create_global_step() is gs)
print([c for c in (tf.GraphKeys.GLOBAL_STEP, tf.GraphKeys.GLOBAL_VARIABLES) if gs in tf.get_collection(c)])
with tf.Graph().as_default():
    tf.Variable(0.0, trainable=False, name="global_step")
    try:
        tf.train.get_global_step()
    except TypeError as e:
        print("TypeError:", e)
with tf.Graph().as_default():
    bad = tf.Variable([0, 0], trainable=False, name="global_step")
    try:
        tf.train.assert_global_step(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        tf.train.assert_global_step(tf.constant(0))
    except TypeError as e:
        print("TypeError:", e)
with tf.Graph().as_default():
    g2 = tf.train.get_or_create_global_step()
    print(g2.name, g2.dtype, [op.name for op in tf.get_default_graph().get_operations()])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(tf.train.global_step(sess, g2))
