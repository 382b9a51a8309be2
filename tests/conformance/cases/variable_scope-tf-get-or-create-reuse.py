# variable_scope_test testVarScopeGetOrCreateReuse: AUTO_REUSE creates the variable once and reuses it after.
import tensorflow as tf
def test_value(value):
    x = tf.constant(value)
    with tf.variable_scope("testVarScopeGetOrCreateReuse_bar", reuse=tf.AUTO_REUSE):
        _ = tf.assign(tf.get_variable("var", []), x)
    with tf.variable_scope("testVarScopeGetOrCreateReuse_bar", reuse=tf.AUTO_REUSE):
        _ = tf.get_variable("var", [])
    with tf.Session() as sess:
        print(sess.run(x))
test_value(42.0)
test_value(13.0)
test_value(17.0)
print([v.name for v in tf.global_variables()])
print([op.name for op in tf.get_default_graph().get_operations()][-6:])
