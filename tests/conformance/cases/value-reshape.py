import tensorflow as tf

# Rule: reshape keeps the elements in order; one -1 dimension is inferred
# from the others, also in the static shape.

x = tf.constant([1, 2, 3, 4, 5, 6])
with tf.Session() as sess:
    for shape in ([2, 3], [3, -1], [-1], [1, 2, 3], [-1, 1]):
        t = tf.reshape(x, shape)
        print(t.shape, sess.run(t).tolist())
