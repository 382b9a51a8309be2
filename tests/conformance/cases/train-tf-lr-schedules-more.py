# learning_rate_decay_test: piecewise_constant, polynomial_decay (cycle), natural_exp, inverse_time, cosine_decay(_restarts), linear_cosine.
import tensorflow as tf
step = tf.Variable(0, trainable=False, name="step")
lrs = [
    tf.train.piecewise_constant(step, [3, 6], [1.0, 0.5, 0.1]),
    tf.train.polynomial_decay(0.1, step, 5, end_learning_rate=0.01, power=2.0, cycle=True),
    tf.train.natural_exp_decay(0.1, step, 2, 0.5, staircase=True),
    tf.train.inverse_time_decay(0.1, step, 2, 0.5),
    tf.train.cosine_decay(0.1, step, 8, alpha=0.1),
    tf.train.cosine_decay_restarts(0.1, step, 3, t_mul=2.0, m_mul=0.5),
    tf.train.cosine_decay_restarts(0.1, step, 2, t_mul=1.0, name="flat"),
    tf.train.linear_cosine_decay(0.1, step, 8),
    tf.train.exponential_decay(0.1, step, 3, 0.5, staircase=True, name="expo"),
]
print([t.name for t in lrs])
inc = tf.assign_add(step, 1)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(8):
        print([round(float(v), 5) for v in sess.run(lrs)])
        sess.run(inc)
