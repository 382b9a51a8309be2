import tensorflow as tf

# Rule: elementwise ops broadcast as numpy does: a scalar with anything, a row
# [3] against a [2, 3] matrix, and a column [2, 1] against a row [3] gives [2, 3].

m = tf.constant([[1, 2, 3], [4, 5, 6]])
row = tf.constant([10, 20, 30])
col = tf.constant([[100], [200]])
with tf.Session() as sess:
    for t in (m + 1, m * row, col + row, tf.maximum(m, 3), tf.minimum(row, [15, 15, 15])):
        print(t.shape, sess.run(t).tolist())
