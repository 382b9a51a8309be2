# variable_scope_test testGetGlobalVariables/testGetLocalVariables: scope.global_variables() and scope.local_variables() filter by the scope name.
import tensorflow as tf
_ = tf.get_variable("testGetGlobalVariables_a", [])
with tf.variable_scope("testGetGlobalVariables_foo") as scope:
    _ = tf.get_variable("testGetGlobalVariables_b", [])
    print([v.name for v in scope.global_variables()])
_ = tf.get_variable("a", [], collections=[tf.GraphKeys.LOCAL_VARIABLES])
with tf.variable_scope("foo") as scope:
    _ = tf.get_variable("b", [], collections=[tf.GraphKeys.LOCAL_VARIABLES])
    _ = tf.get_variable("c", [])
    print([v.name for v in scope.local_variables()], [v.name for v in scope.global_variables()])
print([v.name for v in tf.local_variables()])
