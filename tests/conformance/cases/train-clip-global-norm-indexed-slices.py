import tensorflow as tf

# Rule: clip_by_global_norm takes the norm of an IndexedSlices from its values and returns an
# IndexedSlices of the clipped values, which apply_gradients applies sparsely (Adam).
emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="emb")
w = tf.Variable([[1.0], [2.0]], name="w")
e = tf.nn.embedding_lookup(emb, [0, 2])
loss = tf.reduce_sum(tf.matmul(e, w))
opt = tf.train.AdamOptimizer(0.1)
grads, tvars = zip(*opt.compute_gradients(loss))
print([str(g) for g in grads])
clipped, norm = tf.clip_by_global_norm(grads, 5.0)
print([str(c) for c in clipped])
train = opt.apply_gradients(zip(clipped, tvars))
n = clipped[0]
print(type(n).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(norm))
    sess.run(train)
    print(sess.run(emb))
