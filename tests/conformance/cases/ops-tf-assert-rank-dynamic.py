# check_ops_test: assert_rank on an input of unknown rank builds Rank/Equal/Assert; a rank tensor of unknown value adds the scalar check; values in a session.
import numpy as np
import tensorflow as tf
p = tf.placeholder(tf.float32)
r = tf.placeholder(tf.int32)
a = tf.assert_rank(p, 2)
b = tf.assert_rank_at_least(p, r)
c = tf.assert_rank(tf.constant([[1]]), r, name="known")
print(a.name, b.name, c.name)
print([op.name for op in tf.get_default_graph().get_operations()])
with tf.control_dependencies([a]):
    y = tf.identity(p)
with tf.Session() as sess:
    print(sess.run(y, {p: np.ones([1, 2])}).shape)
    try:
        sess.run(y, {p: np.ones([2])})
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError")
