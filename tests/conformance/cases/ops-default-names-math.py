# Default op names of the math functions.
import tensorflow as tf
x = tf.constant([1.0, 2.0], name="x")
for t in [tf.identity(x), tf.subtract(x, x), tf.multiply(x, x), tf.divide(x, x), tf.negative(x),
          tf.square(x), tf.sqrt(x), tf.exp(x), tf.log(x), tf.tanh(x), tf.sigmoid(x),
          tf.maximum(x, x), tf.minimum(x, x)]:
    print(t.name, t.op.type)
