import tensorflow as tf

# Rule: tf.train.exponential_decay builds, in a fresh ExponentialDecay scope, the
# initial rate Const, Casts of decay_steps/decay_rate/global_step (Cast_1 has no
# op: 0.96 is float32 already), truediv, Floor with staircase, Pow, and the Mul
# named ExponentialDecay.
step = tf.train.get_or_create_global_step()
lr = tf.train.exponential_decay(0.1, step, 1000, 0.96, staircase=True)
lr2 = tf.train.exponential_decay(0.5, step, 100, 0.5)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(step.assign(250))
    print(s.run([lr, lr2]))
