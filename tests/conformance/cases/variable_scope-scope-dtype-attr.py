# VariableScope.dtype defaults to float32 and shows an inherited dtype.
import tensorflow as tf
print(tf.get_variable_scope().dtype)
with tf.variable_scope("a", dtype=tf.float64):
    with tf.variable_scope("b") as b:
        print(b.dtype)
