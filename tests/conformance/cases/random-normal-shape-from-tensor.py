# tf.random_normal(tf.shape(z)): the shape refiner reads the Shape op, so the sample has z's static
# shape (?, 2) and a matmul of it stays MatMul; Pack, ConcatV2, StridedSlice and Cast of shapes too.
import tensorflow as tf
z = tf.placeholder(tf.float32, [None, 2], name="z")
e = tf.random_normal(tf.shape(z))
w = tf.Variable(tf.random_normal([2, 3]), name="w")
y = tf.matmul(e, w)
print(e, y)
ts = [tf.random_uniform(tf.stack([tf.shape(z)[0], 4])),
      tf.truncated_normal(tf.concat([tf.shape(z), [7]], 0)),
      tf.random_normal(tf.shape(z)[1:]),
      tf.random_normal(tf.cast(tf.shape(z), tf.int64)),
      tf.random_uniform(tf.stack([tf.shape(z)[1], tf.shape(z)[0], -1])),
      tf.random_normal(tf.placeholder(tf.int32, [3])),
      tf.random_normal(tf.placeholder(tf.int32)),
      tf.random_normal([]),
      tf.random_normal(tf.TensorShape([2, 5])),
      tf.random_normal((tf.Dimension(3), 1))]
for t in ts:
    print(t.name, t.shape)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(tf.shape(e), {z: [[1., 2.], [3., 4.], [5., 6.]]}))
tf.random_normal(tf.constant([[2, 3]]))
