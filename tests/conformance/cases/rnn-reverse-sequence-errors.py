import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3])
l = tf.placeholder(tf.int32, [None])
r = tf.reverse_sequence(x, l, seq_axis=1, batch_axis=0)
with tf.Session() as sess:
    for lens in ([4, 1], [1], [-1, 2]):
        try:
            print(sess.run(r, {x: [[1, 2, 3], [4, 5, 6]], l: lens}))
        except tf.errors.InvalidArgumentError as e:
            print(lens, [line for line in str(e).splitlines() if line.startswith(("seq_lens", "Length"))])
