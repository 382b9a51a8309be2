import tensorflow as tf

# Rule: clip_by_global_norm first builds global_norm/ (L2Loss per tensor, stack,
# Sum, mul by 2, Sqrt named global_norm/global_norm), then in clip_by_global_norm/
# the scale and one Identity per tensor named clip_by_global_norm/clip_by_global_norm_<i>;
# the usual compute_gradients / clip / apply_gradients pattern updates as TF.

w = tf.get_variable("w", initializer=tf.constant([[3.0, -4.0], [1.0, 2.0]]))
b = tf.get_variable("b", initializer=tf.constant([0.5, -0.5]))
x = tf.constant([[1.0, 2.0]], name="x")
loss = tf.reduce_sum(tf.square(tf.matmul(x, w) + b))
opt = tf.train.GradientDescentOptimizer(0.1)
grads, variables = zip(*opt.compute_gradients(loss))
clipped, norm = tf.clip_by_global_norm(grads, 5.0)
train = opt.apply_gradients(zip(clipped, variables))
print(clipped, norm)
print(tf.global_norm([w, b], name="wb_norm"))
for op in tf.get_default_graph().get_operations():
    if op.name.startswith(("global_norm", "clip_by", "wb_norm", "GradientDescent")):
        print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([norm] + list(clipped)))
    sess.run(train)
    print(sess.run([w, b]))
