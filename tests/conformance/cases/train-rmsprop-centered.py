import tensorflow as tf

# Rule: centered RMSProp adds the mg slot (<var>/RMSProp_1) before the
# momentum one (<var>/RMSProp_2) and uses ApplyCenteredRMSProp.

with tf.variable_scope("dense"):
    w = tf.get_variable("kernel", initializer=tf.constant([[1.0, -2.0], [0.5, 3.0]]))
    b = tf.get_variable("bias", initializer=tf.constant([0.1, 0.2]))
x = tf.constant([[1.0, 2.0], [-1.0, 0.5]], name="x")
with tf.name_scope("loss"):
    loss = tf.reduce_mean(tf.square(tf.nn.relu(tf.matmul(x, w) + b) - 1.0))
opt = tf.train.RMSPropOptimizer(0.01, momentum=0.5, centered=True)
train = opt.minimize(loss)
print(train.name, train.type, opt.get_name(), opt.get_slot_names())
print([v.name for v in tf.global_variables()])
for op in tf.get_default_graph().get_operations()[16:]:
    print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    for v in tf.global_variables():
        print(v.name, sess.run(v))
    sess.run(train)
    print(sess.run([w, b]))
