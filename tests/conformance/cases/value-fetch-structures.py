import tensorflow as tf

# Rule: sess.run returns the fetches' structure: a list for a list, a tuple
# for a tuple, a dict for a dict, nested; numpy 2 scalars inside containers
# print as np.int32(1), np.float32(2.5).

a = tf.constant(1)
b = tf.constant(2.5)
c = tf.constant([1, 2])
with tf.Session() as sess:
    print(sess.run([a, b]))
    print(sess.run((a, (b,))))
    print(sess.run({"a": a, "pair": [a, c]}))
    print(sess.run([]))
    print(isinstance(sess.run((a,)), tuple), isinstance(sess.run([a]), list))
