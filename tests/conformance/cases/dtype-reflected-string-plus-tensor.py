# A string operand cannot become a float32 tensor.
import tensorflow as tf
a = tf.constant(1.0)
"x" + a
