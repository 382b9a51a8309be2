import tensorflow as tf

# Rule: AdagradDA makes its two slots from Consts (`<var>/AdagradDA`, `<var>/AdagradDA_1`), reads
# the global step once per apply (Identity + 1) and again per variable, and two steps of
# ApplyAdagradDA (with and without L1) give TF's values.

w = tf.Variable([[1.0, -2.0], [0.5, 3.0]], name="w")
b = tf.Variable([0.25, -0.5], name="b")
x = tf.constant([[1.0, 2.0], [-1.0, 0.5], [3.0, -2.0]], name="x")
loss = tf.reduce_sum(tf.square(tf.matmul(x, w) + b)) * 0.125
step = tf.train.get_or_create_global_step()
graph = tf.get_default_graph()
trains = []
for opt in (tf.train.AdagradDAOptimizer(0.1, step), tf.train.AdagradDAOptimizer(
        0.1, step, l1_regularization_strength=0.5, l2_regularization_strength=0.25, name="DA2")):
    before = len(graph.get_operations())
    trains.append(opt.minimize(loss, global_step=step))
    print(opt.get_name(), opt.get_slot_names())
    for op in graph.get_operations()[before:]:
        if not op.name.startswith("gradients"):
            print(" ", op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    for train in trains:
        sess.run(tf.global_variables_initializer())
        sess.run(train)
        sess.run(train)
        print(sess.run([w, b, step]))
