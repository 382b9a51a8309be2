import tensorflow as tf

# Rule: AdamOptimizer makes beta1_power/beta2_power (non-slot, outside any scope),
# then per variable the zeros slots <var>/Adam and <var>/Adam_1, the Adam/...
# hyper-parameter Consts, Adam/update_<var>/ApplyAdam, and after the updates
# Adam/mul + Adam/Assign for each power; one run updates as TF does.

with tf.variable_scope("dense"):
    w = tf.get_variable("kernel", initializer=tf.constant([[1.0, -2.0], [0.5, 3.0]]))
    b = tf.get_variable("bias", initializer=tf.constant([0.1, 0.2]))
x = tf.constant([[1.0, 2.0], [-1.0, 0.5]], name="x")
with tf.name_scope("loss"):
    loss = tf.reduce_mean(tf.square(tf.nn.relu(tf.matmul(x, w) + b) - 1.0))
step = tf.train.get_or_create_global_step()
opt = tf.train.AdamOptimizer(learning_rate=0.01)
train = opt.minimize(loss, global_step=step)
print(train.name, train.type)
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    for v in tf.global_variables():
        print(v.name, sess.run(v))
    sess.run(train)
    print(sess.run([w, b]))
