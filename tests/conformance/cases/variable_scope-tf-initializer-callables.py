# variable_scope_test: a ref dtype is accepted as dtype; an initializer lambda with no (or optional) args gives the value; one that needs an argument is a ValueError.
import tensorflow as tf
v = tf.get_variable("v", shape=[3, 4], dtype=tf.float32)
w = tf.get_variable("w", shape=[5, 6], dtype=v.dtype)
print(v.dtype, w)
f1 = tf.get_variable("foo", initializer=lambda: [2])
f2 = tf.get_variable("foo2", initializer=lambda x=True: [2])
print(f1, f2)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([f1, f2]))
try:
    tf.get_variable("foo3", initializer=lambda x: [2])
except ValueError as e:
    print("ValueError:", e)
