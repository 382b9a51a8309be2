# Adding an int32 and a float32 tensor: "Input 'y' of 'AddV2' Op has type float32 ...".
import tensorflow as tf
a = tf.constant(1)
b = tf.constant(1.0)
tf.add(a, b)
