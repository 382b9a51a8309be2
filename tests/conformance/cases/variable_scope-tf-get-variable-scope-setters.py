# variable_scope_test testGetVariableScope: set_initializer on get_variable_scope() lasts for the block; reuse_variables() makes a new name a ValueError.
import tensorflow as tf
init = tf.constant_initializer(0.3)
with tf.variable_scope("bar"):
    print(tf.get_variable_scope().initializer)
    tf.get_variable_scope().set_initializer(init)
    v = tf.get_variable("v", [])
    tf.get_variable_scope().reuse_variables()
    try:
        tf.get_variable("w", [1])
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0])
print(tf.get_variable_scope().initializer, tf.get_variable_scope().reuse)
with tf.Session() as sess:
    sess.run(tf.variables_initializer([v]))
    print(sess.run(v.value()))
