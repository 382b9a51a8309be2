# SparseToDense's runtime checks (validate_indices) and the samplers' shape checks.
import tensorflow as tf

labels = tf.placeholder(tf.int64, [3], name="labels")
try:
    tf.nn.uniform_candidate_sampler(labels, 1, 2, True, 5)
except ValueError as e:
    print("sampler:", e)
try:
    tf.nn.compute_accidental_hits(tf.zeros([2, 3], tf.int64), tf.constant([1, 2], tf.int64), num_true=2)
except ValueError as e:
    print("hits:", e)
with tf.Session() as sess:
    for indices in ([[0, 1], [0, 1]], [[1, 0], [0, 1]], [[0, 1], [2, 0]]):
        try:
            sess.run(tf.sparse_to_dense(indices, [2, 2], [1, 2]))
        except tf.errors.InvalidArgumentError as e:
            print(type(e).__name__, [l for l in e.message.splitlines() if "indices" in l])
    print(sess.run(tf.sparse_to_dense([[1, 0], [0, 1]], [2, 2], [1, 2], validate_indices=False)))
    sess.run(tf.sparse_to_dense([[0, 5]], [2, 2], [1]))
