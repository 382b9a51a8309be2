# variable_scope_test testResource/testEnableResourceVariables: use_resource on get_variable and on a scope (inherited), enable/disable_resource_variables, the ops a resource variable makes.
import tensorflow as tf
v1 = tf.get_variable("v", [1], use_resource=True)
print(type(v1).__name__, v1, v1.op.type, v1.value().name, v1.initializer.name)
with tf.variable_scope("r", use_resource=True) as scope:
    print(scope.use_resource)
    w = tf.get_variable("w", [2])
    with tf.variable_scope("inner"):
        u = tf.get_variable("u", [2])
    x = tf.get_variable("x", [2], use_resource=False)
print(type(w).__name__, type(u).__name__, type(x).__name__, w, u.op.type, x.op.type)
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("r/w")])
print(tf.resource_variables_enabled())
tf.enable_resource_variables()
print(tf.resource_variables_enabled(), type(tf.Variable(1.0)).__name__, type(tf.get_variable("y", [1])).__name__)
tf.disable_resource_variables()
print(tf.resource_variables_enabled(), type(tf.Variable(1.0)).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(w).shape, sess.run(tf.shape(u)))
with tf.variable_scope("rv", use_resource=True):
    z = tf.Variable(2.0, name="z")
with tf.variable_scope("rf", use_resource=False):
    tf.enable_resource_variables()
    z2 = tf.Variable(2.0, name="z2")
    z3 = tf.get_variable("z3", [1])
    tf.disable_resource_variables()
print(type(z).__name__, z.op.type, type(z2).__name__, type(z3).__name__)
