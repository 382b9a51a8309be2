# tf.multiply(x, 3.0) converts 3.0 to "Mul/y".
import tensorflow as tf
x = tf.constant(2.0, name="c")
m = tf.multiply(x, 3.0)
print(m.name, [t.name for t in m.op.inputs])
