# tf.divide(1.0, x) converts a Python x outside the op scope as "Const", then opens "truediv".
import tensorflow as tf
x = tf.constant(2.0, name="c")
d = tf.divide(1.0, x)
print(d.name, [op.name for op in tf.get_default_graph().get_operations()])
