import tensorflow as tf

# Rule: the unfed-placeholder message spells int32 as "int32", float64 as
# "double", and an unknown shape as "<unknown>".

p = tf.placeholder(tf.int32, name="n")
q = tf.placeholder(tf.float64, shape=[2], name="q")
with tf.Session() as sess:
    for t in (p, q + 1):
        try:
            sess.run(t)
        except tf.errors.InvalidArgumentError as e:
            print([line for line in str(e).splitlines() if "must feed" in line][0])
