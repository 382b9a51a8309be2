# learning_rate_decay_test: exponential (staircase), piecewise_constant (boundaries/values errors), polynomial (cycle), natural_exp, inverse_time, cosine values at a step.
import tensorflow as tf
step = tf.Variable(0, name="step", dtype=tf.int64, trainable=False)
assign = tf.assign(step, 7)
rates = [
    tf.train.exponential_decay(0.1, step, 3, 0.96),
    tf.train.exponential_decay(0.1, step, 3, 0.96, staircase=True),
    tf.train.piecewise_constant(step, [tf.constant(5, tf.int64), tf.constant(10, tf.int64)], [1.0, 0.5, 0.1]),
    tf.train.polynomial_decay(0.1, step, 10, 0.01, power=0.5),
    tf.train.polynomial_decay(0.1, step, 5, 0.01, cycle=True),
    tf.train.natural_exp_decay(0.1, step, 5, 0.5),
    tf.train.inverse_time_decay(0.1, step, 5, 0.5, staircase=True),
    tf.train.cosine_decay(0.1, step, 10),
]
print([r.name for r in rates])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([round(float(x), 6) for x in sess.run(rates)])
    sess.run(assign)
    print([round(float(x), 6) for x in sess.run(rates)])
for b, v in [([1, 2], [1.0]), ([1], [1, 2.0])]:
    try:
        tf.train.piecewise_constant(step, b, v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
try:
    tf.train.exponential_decay(0.1, None, 3, 0.96)
except ValueError as e:
    print("ValueError:", e)
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("PolynomialDecay_1/") or op.name.startswith("PiecewiseConstant/")])
