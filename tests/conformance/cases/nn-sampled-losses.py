# nce_loss and sampled_softmax_loss (accidental hits removed through SparseToDense), the candidate
# samplers' shapes and expected counts, compute_accidental_hits and sparse_to_dense values, and
# the gradient of SparseToDense.
import numpy as np
import tensorflow as tf

labels = tf.placeholder(tf.int64, [3, 2], name="labels")
inputs = tf.placeholder(tf.float32, [3, 4], name="inputs")
w = tf.get_variable("w", [10, 4], initializer=tf.constant_initializer(0.1))
b = tf.get_variable("b", [10], initializer=tf.zeros_initializer())

nce = tf.nn.nce_loss(w, b, labels, inputs, num_sampled=3, num_classes=10, num_true=2,
                     remove_accidental_hits=True)
print(nce)
sm = tf.nn.sampled_softmax_loss(w, b, labels, inputs, num_sampled=4, num_classes=10, num_true=2, seed=7)
print(sm)

uni = tf.nn.uniform_candidate_sampler(labels, 2, 5, True, 10, seed=3, name="uni")
print(uni.sampled_candidates, uni.true_expected_count, uni.sampled_expected_count)
logu = tf.random.log_uniform_candidate_sampler(labels, 2, 4, False, 10)
print(logu)
every = tf.nn.all_candidate_sampler(labels, 2, 5, True)
hits = tf.nn.compute_accidental_hits(labels, every.sampled_candidates, num_true=2)
print(hits.indices, hits.ids, hits.weights)
manual = tf.nn.sampled_softmax_loss(w, b, labels, inputs, 5, 10, num_true=2, sampled_values=every,
                                    remove_accidental_hits=False, name="manual")

values = tf.Variable([1.0, 2.0, 3.0], name="values")
dense = tf.sparse_to_dense([[0, 1], [1, 0], [2, 2]], [3, 3], values, default_value=-1.0)
print(dense)
grads = tf.gradients(tf.reduce_sum(dense * dense), [values])
opt = tf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_mean(sm) + tf.reduce_mean(nce))

feed = {labels: np.array([[1, 2], [0, 3], [4, 4]]), inputs: np.ones((3, 4), np.float32)}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(every, feed))
    print(sess.run(hits, feed))
    print(sess.run(manual, feed))
    print(sess.run([dense, grads[0]]))
    print(sess.run(tf.sparse_to_dense([1, 3], [5], 7)))
    print(sess.run(tf.sparse_to_dense(2, [4], 1.5, default_value=0.5)))
    s, t, e = sess.run(uni, feed)
    print(s.shape, t.shape, e.shape, len(set(s.tolist())), t.dtype, e.dtype)
    n, m, _ = sess.run([nce, sm, opt], feed)
    print(n.shape, m.shape)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
