# VariableScopeMultithreadedTest testReenterMainScope (without the thread): a scope object re-entered from elsewhere prefixes its variables; a new string scope does not.
import tensorflow as tf
def fn(main_thread_scope):
    with tf.variable_scope(main_thread_scope):
        with tf.variable_scope("foo"):
            print(tf.get_variable("v", []).name)
    with tf.variable_scope("bar"):
        print(tf.get_variable("v", []).name)
with tf.variable_scope("main") as main_thread_scope:
    pass
fn(main_thread_scope)
with tf.variable_scope("foo"):
    print(tf.get_variable("v", []).name)
with tf.variable_scope("foo"):
    tf.get_variable("v", [])
