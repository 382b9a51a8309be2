import tensorflow as tf

# Rule: multiplying a [2, 3] by a [2, 3] matrix fails at graph-build time:
# "Dimensions must be equal, but are 3 and 2 for '{{node MatMul}} = ...".

a = tf.ones([2, 3])
b = tf.matmul(a, a)
