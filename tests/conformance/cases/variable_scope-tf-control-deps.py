# variable_scope_test testControlDeps: a variable created under control_dependencies initializes without the dependency; reading uninitialized v0 is a FailedPreconditionError.
import tensorflow as tf
v0 = tf.get_variable("v0", [1], initializer=tf.constant_initializer(0))
with tf.control_dependencies([v0.value()]):
    v1 = tf.get_variable("v1", [1], initializer=tf.constant_initializer(1))
    add = v1 + v0
print([(op.name, [c.name for c in op.control_inputs]) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    try:
        sess.run(v0)
    except tf.errors.OpError as e:
        print(type(e).__name__, "uninitialized" in str(e))
    sess.run(v1.initializer)
    print(sess.run(v1))
    try:
        sess.run(add)
    except tf.errors.OpError as e:
        print(type(e).__name__, "uninitialized" in str(e))
    sess.run(v0.initializer)
    print(sess.run(add))
