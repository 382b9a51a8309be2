import tensorflow as tf

# Rule: an axis outside the tensor's rank fails when the op is built:
# "Invalid reduction dimension 2 for input with 2 dimensions."

x = tf.constant([[1, 2], [3, 4]])
s = tf.reduce_sum(x, axis=2)
