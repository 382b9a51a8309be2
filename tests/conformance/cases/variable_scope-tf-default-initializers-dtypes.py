# variable_scope_test testVarScopeInitializer/testInitFromNonInitializer/testVarScopeDType: default initializer per dtype, scope dtype.
import tensorflow as tf
with tf.variable_scope("s", initializer=tf.constant_initializer(0.25)):
    a = tf.get_variable("a", [2])
    with tf.variable_scope("inner", dtype=tf.float64):
        b = tf.get_variable("b", [2])
        c = tf.get_variable("c", [2], initializer=tf.zeros_initializer())
d = tf.get_variable("d", [2, 2], dtype=tf.int32)
e = tf.get_variable("e", [3], dtype=tf.float16)
f = tf.get_variable("f", [], dtype=tf.bool)
print([(v.name, v.dtype.name, v.initializer.name) for v in [a, b, c, d, e, f]])
print([v.initial_value.op.type for v in [a, b, c, d, e, f]])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    va, vb, vc, vd, ve, vf = sess.run([a, b, c, d, e, f])
    print(va.tolist(), vb.tolist(), vc.tolist(), vd.tolist(), ve.shape, vf)
