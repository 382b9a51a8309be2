import tensorflow as tf

# Rule: matmul of an int32 and a float32 matrix is a TypeError at graph-build
# time, naming MatMul's inputs 'a' and 'b'.

x = tf.constant([[1, 2]])
w = tf.constant([[1.0], [2.0]])
y = tf.matmul(x, w)
