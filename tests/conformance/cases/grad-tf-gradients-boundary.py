# gradients_test testBoundaryStop/testBoundaryContinue/testBoundaryContinueDiamond/testGradientsDoesNotCreateNewOpsForDuplicateEdges: which xs get gradients, values, duplicate inputs.
import tensorflow as tf
c = tf.constant(1.0)
c_1 = tf.identity(c)
grads = tf.gradients(c_1, [c])
print([g.name for g in grads])
c2 = tf.constant(1.0)
c2_1 = tf.identity(c2)
c2_2 = tf.identity(c2_1)
grads = tf.gradients(c2_2, [c2, c2_1])
print([g.name for g in grads])
with tf.Session() as sess:
    print(sess.run(grads))
c3 = tf.constant(1.0)
c3_1 = tf.identity(c3)
c3_2 = tf.identity(c3_1)
c3_3 = c3_1 * c3_2
grads = tf.gradients([c3_3], [c3, c3_1, c3_2])
print([g.name for g in grads])
with tf.Session() as sess:
    print(sess.run(grads))
x = tf.constant(3.0)
y = x * x * x
n_before = len(tf.get_default_graph().get_operations())
d = tf.gradients(y, [x, x])
print([t.name for t in d], len(tf.get_default_graph().get_operations()) - n_before)
with tf.Session() as sess:
    print(sess.run(d))
