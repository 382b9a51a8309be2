# gradient_descent_test testBasic/testTensorLearningRate/testGradWrtRef/testWithGlobalStep/testSparseBasic: update op names, values, global step increments.
import tensorflow as tf
var0 = tf.Variable([1.0, 2.0], name="var0")
var1 = tf.Variable([3.0, 4.0], name="var1")
grads0 = tf.constant([0.1, 0.1])
grads1 = tf.constant([0.01, 0.01])
sgd_op = tf.train.GradientDescentOptimizer(3.0).apply_gradients(zip([grads0, grads1], [var0, var1]))
print(sgd_op.name, sgd_op.type, [i.name for i in sgd_op.control_inputs])
global_step = tf.Variable(0, trainable=False, name="global_step")
sgd2 = tf.train.GradientDescentOptimizer(tf.constant(3.0)).apply_gradients(zip([grads0, grads1], [var0, var1]), global_step=global_step)
print(sgd2.name, sgd2.type)
opt = tf.train.GradientDescentOptimizer(3.0)
values = [1.0, 3.0]
vars_ = [tf.Variable([v], name="ref%d" % i) for i, v in enumerate(values)]
grads_and_vars = opt.compute_gradients(vars_[0] + vars_[1], vars_)
print([(g.name, v.name) for g, v in grads_and_vars])
sv = tf.Variable([[1.0], [2.0]], name="sv")
sg = tf.IndexedSlices(tf.constant([0.1], shape=[1, 1]), tf.constant([0]), tf.constant([2, 1]))
sparse = tf.train.GradientDescentOptimizer(3.0).apply_gradients([(sg, sv)])
print(sparse.name, sorted(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("GradientDescent_3")))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(sgd_op)
    print([x.round(5).tolist() for x in sess.run([var0, var1])])
    sess.run(sgd2)
    print([x.round(5).tolist() for x in sess.run([var0, var1])], sess.run(global_step))
    print(sess.run(grads_and_vars))
    sess.run(sparse)
    print(sess.run(sv).round(5).tolist())
