# A ref variable read (v/read forwards the buffer) by an op under a control dependency on an
# update sees the updated value, as in TF: `with tf.control_dependencies([assign]): v + 0`.
import tensorflow as tf
v = tf.Variable(1.0, name="v")
a = tf.assign(v, 5.0)
with tf.control_dependencies([a]):
    r = v + 0
    r2 = tf.identity(v)
    r3 = v.read_value()
b = tf.assign_add(v, 1.0)
with tf.control_dependencies([b]):
    s = v * 1
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(r))
    sess.run(tf.global_variables_initializer())
    print(sess.run(r2))
    sess.run(tf.global_variables_initializer())
    print(sess.run(r3))
    print(sess.run(s), sess.run(v))
