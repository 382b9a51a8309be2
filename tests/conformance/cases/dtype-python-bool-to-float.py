# A Python bool cannot become a float32 tensor through an operator.
import tensorflow as tf
a = tf.constant(1.0)
try:
    a + True
except TypeError as e:
    print(str(e).splitlines()[0])
