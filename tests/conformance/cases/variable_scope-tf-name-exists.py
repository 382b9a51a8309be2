# variable_scope_test testGetVar/testNameExists: get_variable with reuse returns the same object; reuse=False fails on an existing name, reuse=True on a new one.
import tensorflow as tf
v = tf.get_variable("v", [1])
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    v1 = tf.get_variable("v", [1])
print(v is v1, v.name, v1.name)
tf.get_variable("w", [1])
try:
    tf.get_variable("v", [1])
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    tf.get_variable("v", [1])
    try:
        tf.get_variable("u", [1])
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0])
print([x.name for x in tf.global_variables()])
