# ftrl_test testFtrlwithoutRegularization/testFtrlWithL1/testFtrlWithL1_L2: accum/linear slots, values after steps, errors on bad args.
import tensorflow as tf
for l1, l2 in ((0.0, 0.0), (0.001, 0.0), (0.001, 2.0)):
    with tf.Graph().as_default():
        var0 = tf.Variable([1.0, 2.0], name="var0")
        var1 = tf.Variable([4.0, 3.0], name="var1")
        grads0 = tf.constant([0.1, 0.2])
        grads1 = tf.constant([0.01, 0.02])
        opt = tf.train.FtrlOptimizer(3.0, initial_accumulator_value=0.1, l1_regularization_strength=l1, l2_regularization_strength=l2)
        update = opt.apply_gradients(zip([grads0, grads1], [var0, var1]))
        print(update.name, sorted(opt.get_slot_names()), opt.get_slot(var0, "accum").name, opt.get_slot(var1, "linear").name)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(3):
                sess.run(update)
            print([x.round(4).tolist() for x in sess.run([var0, var1])])
for kw in ({"learning_rate_power": 0.5}, {"initial_accumulator_value": -0.1}, {"l1_regularization_strength": -1.0}, {"l2_regularization_strength": -1.0}, {"l2_shrinkage_regularization_strength": -1.0}):
    try:
        tf.train.FtrlOptimizer(1.0, **kw)
    except ValueError as e:
        print("ValueError:", e)
