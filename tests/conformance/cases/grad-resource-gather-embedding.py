# The gradient of a resource variable gather (a Keras Embedding, a resource embedding_lookup):
# an IndexedSlices at the flattened ids with the variable's constant shape as dense shape, its
# dense conversion, and its aggregation with a dense read's gradient.
import numpy as np
import tensorflow as tf

ids = tf.placeholder(tf.int32, [None, 2], name="ids")
emb = tf.keras.layers.Embedding(6, 3, embeddings_initializer="ones")
out = emb(ids)
loss = tf.reduce_sum(out * out)
g = tf.gradients(loss, emb.embeddings)[0]
print(type(g).__name__, g.values, g.indices, g.dense_shape)
dense = tf.convert_to_tensor(g)
v = tf.get_variable("v", [4, 2], use_resource=True, initializer=tf.ones_initializer())
both = tf.nn.embedding_lookup(v, [1, 1, 3]) * 2.0
total = tf.reduce_sum(both) + tf.reduce_sum(v)
g2 = tf.gradients(total, v)[0]
print(g2)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    feed = {ids: np.array([[0, 2], [2, 5]])}
    values, indices, shape = sess.run([g.values, g.indices, g.dense_shape], feed)
    print(values[:, 0], indices, shape)
    print(sess.run(dense, feed)[:, 0], sess.run(g2))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
