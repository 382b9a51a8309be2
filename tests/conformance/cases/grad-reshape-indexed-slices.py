# An IndexedSlices gradient (from a gather) reaching Reshape / ExpandDims / Squeeze gradients is made
# dense first (UnsortedSegmentSum in the op's _grad scope), then reshaped (tf.boolean_mask's path).
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 3])
w = tf.Variable(tf.ones([3, 2]))
h = tf.matmul(x, w)
m = tf.boolean_mask(h, tf.greater(h, 1.0))
e = tf.gather(tf.expand_dims(tf.reshape(h, [-1]), 1), [0, 2])
s = tf.gather(tf.squeeze(tf.reshape(h, [1, -1]), 0), [1])
loss = tf.reduce_sum(m) + tf.reduce_sum(e) + tf.reduce_sum(s)
g, = tf.gradients(loss, [w])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
print(sess.run(g, {x: [[1.0, 0.0, 2.0], [0.5, -1.0, 0.0]]}))
