import tensorflow as tf

# Rule: Adagrad, Adadelta, ProximalGradientDescent, ProximalAdagrad and Ftrl (V1, and V2 with
# l2 shrinkage) build their slots with TF's names and creation order and one Apply* op per
# variable, and one update step gives TF's values.

w = tf.Variable([[1.0, -2.0], [0.5, 3.0]], name="w")
b = tf.Variable([0.25, -0.5], name="b")
x = tf.constant([[1.0, 2.0], [-1.0, 0.5], [3.0, -2.0]], name="x")
loss = tf.reduce_sum(tf.square(tf.matmul(x, w) + b)) * 0.125
opts = [tf.train.AdagradOptimizer(0.1), tf.train.AdadeltaOptimizer(1.0),
        tf.train.ProximalGradientDescentOptimizer(0.01, l1_regularization_strength=0.5, l2_regularization_strength=0.25),
        tf.train.ProximalAdagradOptimizer(0.1, l2_regularization_strength=0.5),
        tf.train.FtrlOptimizer(0.1, l1_regularization_strength=0.01, l2_regularization_strength=0.5),
        tf.train.FtrlOptimizer(0.1, learning_rate_power=-0.25, l2_shrinkage_regularization_strength=0.1,
                               beta=0.5, name="FtrlV2")]
graph = tf.get_default_graph()
for opt in opts:
    before = len(graph.get_operations())
    step = opt.minimize(loss)
    print(opt.get_name(), step.name, opt.get_slot_names())
    for op in graph.get_operations()[before:]:
        if not op.name.startswith("gradients"):
            print(" ", op.name, op.type, [t.name for t in op.inputs])
for v in tf.global_variables():
    print(v.name, v.shape)
with tf.Session() as sess:
    for opt, step in zip(opts, [op for op in graph.get_collection(tf.GraphKeys.TRAIN_OP)]):
        sess.run(tf.global_variables_initializer())
        sess.run(step)
        print(opt.get_name(), sess.run([w, b]))
        print([sess.run(opt.get_slot(w, n)) for n in opt.get_slot_names()])
