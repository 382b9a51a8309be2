# gradients_test testIndexedSlicesToTensor/testIndexedSlicesToTensorList/testInt64Indices: the gather gradient is IndexedSlices; convert_to_tensor of it; accumulate two.
import tensorflow as tf
params = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="params")
idx = tf.constant([0, 2, 0], name="idx")
g = tf.gather(params, idx)
loss = tf.reduce_sum(g * 2.0)
grad = tf.gradients(loss, params)[0]
print(type(grad).__name__, grad.values.name, grad.indices.name, grad.dense_shape.name)
dense = tf.convert_to_tensor(grad)
print(dense.name, dense.op.type, dense.shape)
with tf.Session() as sess:
    print(sess.run(dense).tolist())
g2 = tf.gather(params, tf.constant([1], dtype=tf.int64)) * tf.gather(params, idx)[:1]
grads = tf.gradients(tf.reduce_sum(g2), params)[0]
print(type(grads).__name__, grads.name if hasattr(grads, "name") else None, grads.op.type)
with tf.Session() as sess:
    print(sess.run(tf.convert_to_tensor(grads)).tolist())
v = tf.Variable(params, name="v")
emb = tf.nn.embedding_lookup(v, idx)
gv = tf.gradients(tf.reduce_sum(emb), v)[0]
print(type(gv).__name__, gv.values.op.name, gv.indices.op.name)
