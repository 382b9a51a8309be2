# variable_scope_test testVarScopeInitializer: an initializer set on a scope (by string or re-entered object) initializes its variables.
import tensorflow as tf
init = tf.constant_initializer(0.3)
with tf.variable_scope("tower0") as tower:
    with tf.variable_scope("foo", initializer=init):
        v = tf.get_variable("v", [])
    with tf.variable_scope(tower, initializer=init):
        w = tf.get_variable("w", [])
with tf.Session() as sess:
    sess.run(tf.variables_initializer([v, w]))
    print(v.name, sess.run(v.value()), w.name, sess.run(w.value()))
print([op.name for op in tf.get_default_graph().get_operations()])
