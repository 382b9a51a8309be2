# rmsprop_test testDense (graph part): rms/momentum slot names, centered mg slot, values after steps, decay/epsilon.
import tensorflow as tf
for centered in (False, True):
    with tf.Graph().as_default():
        var0 = tf.Variable([1.0, 2.0], name="var0")
        var1 = tf.Variable([3.0, 4.0], name="var1")
        grads0 = tf.constant([0.1, 0.2])
        grads1 = tf.constant([0.01, 0.2])
        opt = tf.train.RMSPropOptimizer(learning_rate=2.0, decay=0.9, momentum=0.1, epsilon=1.0, centered=centered)
        update = opt.apply_gradients(zip([grads0, grads1], [var0, var1]))
        print(update.name, sorted(opt.get_slot_names()))
        print(sorted(v.name for v in tf.global_variables()))
        print([op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("RMSProp/update_var0")])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            print(sess.run(opt.get_slot(var0, "rms")).tolist())
            for _ in range(2):
                sess.run(update)
                print([x.round(5).tolist() for x in sess.run([var0, var1])])
