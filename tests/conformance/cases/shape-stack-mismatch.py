# stack of tensors with different shapes is a ValueError.
import tensorflow as tf
tf.stack([tf.zeros([2]), tf.zeros([3])])
