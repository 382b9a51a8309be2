# stack adds a dimension at axis.
import tensorflow as tf
x = tf.zeros([2, 3])
print(tf.stack([x, x]).shape, tf.stack([x, x], axis=1).shape)
