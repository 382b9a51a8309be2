import tensorflow as tf

# Rule: shape inference folds tf.shape(x) into a partial shape, so
# tf.zeros(tf.shape(q)) and tf.fill(tf.shape(q), v) keep q's known dimensions
# (?, 3). tf.shape of a tensor of unknown rank is a vector of unknown length (?,),
# and filling with it gives a tensor of unknown rank.

p = tf.placeholder(tf.float32)
q = tf.placeholder(tf.float32, [None, 3])
print(tf.shape(p))
print(tf.shape(q))
print(tf.zeros(tf.shape(q)))
print(tf.fill(tf.shape(q), 1.0))
print(tf.ones(tf.shape(p)))
