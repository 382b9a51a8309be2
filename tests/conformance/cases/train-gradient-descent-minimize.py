import tensorflow as tf

# Rule: GradientDescentOptimizer.minimize = tf.gradients with gate_gradients (GATE_OP:
# tuple/control_dependency ops), then GradientDescent/learning_rate, one
# GradientDescent/update_<var>/ApplyGradientDescent per variable, the update group
# and the global step's AssignAdd named GradientDescent; one run updates as TF.
w = tf.get_variable("w", initializer=tf.constant([[1.0, -2.0], [0.5, 3.0]]))
b = tf.Variable([0.1, 0.2], name="b")
x = tf.constant([[1.0, 2.0]], name="x")
loss = tf.reduce_mean(tf.square(tf.matmul(x, w) + b))
step = tf.train.get_or_create_global_step()
opt = tf.train.GradientDescentOptimizer(0.1)
train = opt.minimize(loss, global_step=step)
print(train.name, train.type)
print(tf.get_collection(tf.GraphKeys.TRAIN_OP))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(train)
    print(s.run([w, b, step]))
