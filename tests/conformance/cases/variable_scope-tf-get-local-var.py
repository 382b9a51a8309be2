# variable_scope_test testGetLocalVar: get_local_variable names like get_variable, goes to LOCAL_VARIABLES and extra collections, not TRAINABLE_VARIABLES, and respects reuse.
import tensorflow as tf
with tf.variable_scope("outer") as outer:
    with tf.variable_scope(outer, "default", []):
        local_var = tf.get_local_variable("w", [], collections=["foo"])
        print(local_var.name)
print(local_var in tf.get_collection(tf.GraphKeys.LOCAL_VARIABLES), local_var in tf.get_collection("foo"),
      local_var in tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES), local_var in tf.global_variables())
print(tf.get_collection("foo"), tf.local_variables())
with tf.variable_scope(outer, "default", reuse=True):
    print(tf.get_local_variable("w", []).name)
