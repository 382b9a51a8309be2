import tensorflow as tf

# Rule: tf.train.*_decay builds the keras schedule's ops at once under its scope
# (ExponentialDecay, InverseTimeDecay, PolynomialDecay, CosineDecay; the name
# replaces it); natural_exp_decay's Neg/Exp come first, outside the scope.

gs = tf.train.get_or_create_global_step()
inc = tf.assign_add(gs, 150)
lrs = [tf.train.exponential_decay(0.1, gs, 100, 0.96, staircase=True),
       tf.train.exponential_decay(0.1, gs, 100, 0.96),
       tf.train.natural_exp_decay(0.5, gs, 10, 0.5, name="nat"),
       tf.train.inverse_time_decay(0.1, gs, 100, 0.5, staircase=True),
       tf.train.inverse_time_decay(0.1, gs, 100, 0.5),
       tf.train.polynomial_decay(0.1, gs, 1000, 0.01, power=0.5),
       tf.train.cosine_decay(0.1, gs, 1000, alpha=0.1),
       tf.train.cosine_decay(0.1, gs, 200)]
print(lrs)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [o.dtype.name for o in op.outputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        print(sess.run(lrs))
        sess.run(inc)
tf.train.exponential_decay(0.1, None, 100, 0.96)
