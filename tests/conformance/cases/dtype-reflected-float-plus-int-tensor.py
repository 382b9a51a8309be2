# Reflected: 1.5 + int32 tensor fails converting 1.5 to int32.
import tensorflow as tf
a = tf.constant(1)
1.5 + a
