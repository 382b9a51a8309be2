# tf.cast of a Python value converts it as "Cast/x".
import tensorflow as tf
c = tf.cast(1, tf.float32)
print(c, [t.name for t in c.op.inputs])
