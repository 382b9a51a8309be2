# optimizer_test testConstraint with layer weights: a tf.layers.Dense kernel_constraint and a get_variable constraint are applied by the optimizer after each update (names and values).
import tensorflow as tf
x = tf.ones([2, 3])
d = tf.layers.Dense(2, kernel_constraint=lambda w: tf.clip_by_value(w, -0.05, 0.05), kernel_initializer=tf.constant_initializer(0.1), name="d")
y = d(x)
v = tf.get_variable("v", [2], initializer=tf.ones_initializer(), constraint=lambda t: t * 0.5)
loss = tf.reduce_sum(y) + tf.reduce_sum(v)
step = tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
print(step.name, sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("Momentum/update_") and op.type in ("Assign", "ApplyMomentum")))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(step)
    print(sess.run(d.kernel).round(4).tolist(), sess.run(v).round(4).tolist())
