# variable_scope_test testInitFromNonTensorValue: a Python int initializer with a dtype; a dict initializer is a TypeError.
import numpy as np
import tensorflow as tf
v = tf.get_variable("v4", initializer=4, dtype=tf.int32)
w = tf.get_variable("w4", initializer=np.array([1, 2, 3]), dtype=tf.int64)
try:
    tf.get_variable("l4", initializer=[1, 2, 3], dtype=tf.int64)
except ValueError as e:
    print("ValueError:", e)
with tf.Session() as sess:
    sess.run(tf.variables_initializer([v, w]))
    print(sess.run(v.value()), sess.run(w.value()))
print(v, w)
try:
    tf.get_variable("x4", initializer={})
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
