# concat adds the sizes along the axis.
import tensorflow as tf
print(tf.concat([tf.zeros([2, 3]), tf.zeros([2, 1])], 1).shape)
