# variable_scope_test testInitializeFromValue: a tensor initializer forbids a shape, passes through scopes, gives its dtype; a dtype mismatch is a ValueError ("don't match").
import tensorflow as tf
init = tf.constant(0.1)
w = tf.get_variable("v", initializer=init)
try:
    tf.get_variable("u", [1], initializer=init)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
with tf.variable_scope("foo", initializer=init):
    v = tf.get_variable("v")
init = tf.constant(1, dtype=tf.int32)
t = tf.get_variable("t", initializer=init)
print(t.dtype.base_dtype, t)
try:
    tf.get_variable("s", initializer=init, dtype=tf.float64)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
with tf.Session() as sess:
    sess.run(tf.variables_initializer([w, v]))
    print(sess.run(w.value()), sess.run(v.value()))
print([op.name for op in tf.get_default_graph().get_operations()])
