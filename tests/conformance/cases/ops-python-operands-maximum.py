# tf.maximum(x, 0.0) converts 0.0 to "Maximum/y".
import tensorflow as tf
x = tf.constant([1.0], name="c")
m = tf.maximum(x, 0.0)
print(m.name, [t.name for t in m.op.inputs])
