# variable_scope_test testVarScopeGetVarDtype-free/testGetVariableWithoutShape/testVarScopeRegularizer-free: get_variable errors and shapes.
import tensorflow as tf
v = tf.get_variable("v", initializer=tf.constant([1.0, 2.0]))
print(v.name, v.shape, v.dtype)
cases = [
    lambda: tf.get_variable("noshape"),
    lambda: tf.get_variable("v"),
    lambda: tf.get_variable("v2", shape=[2], initializer=tf.constant([1.0, 2.0])),
    lambda: tf.get_variable("v3", shape=[None, 2]),
    lambda: tf.get_variable("v4", [2], dtype=tf.int32, initializer=tf.random_normal_initializer()),
]
for fn in cases:
    try:
        r = fn()
        print("ok", r.name)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:110])
with tf.variable_scope("s", reuse=True):
    try:
        tf.get_variable("missing", [1])
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0][:110])
i = tf.get_variable("ints", [3], dtype=tf.int64)
s = tf.get_variable("strs", [2], dtype=tf.string)
bo = tf.get_variable("bools", [2], dtype=tf.bool)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([i, s, bo]))
