# variable_scope_test testStringDefaultInitializer: a string variable's default initializer is the empty string.
import tensorflow as tf
v = tf.get_variable("string", shape=[], dtype=tf.string)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(repr(sess.run(v)))
print(v, [op.name for op in tf.get_default_graph().get_operations()])
