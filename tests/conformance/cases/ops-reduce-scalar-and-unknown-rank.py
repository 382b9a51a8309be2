# _ReductionDims tests `if x_rank:`: a scalar (rank 0) or an unknown rank reduces over
# range(0, Rank) (Rank a Const, or a Rank op when unknown), not over a Const of axes;
# _may_reduce_to_scalar then gives the result shape ().
import tensorflow as tf
s = tf.constant(2.0)
b = tf.reduce_mean(s)
w = tf.Variable(1.0)
c = tf.reduce_max(w)
p = tf.placeholder(tf.float32, None)
d = tf.reduce_min(p)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
print(b, c, d)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([b, c, d], feed_dict={p: [[1.0, 2.0]]}))
