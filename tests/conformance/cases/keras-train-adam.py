# A functional tf.keras.Model trained with tf.train.AdamOptimizer: resource slots (dense/kernel/Adam, Adam_1) and resource beta1_power/beta2_power, ResourceApplyAdam reading the powers in its scope, _finish's assign (AssignVariableOp, _UnreadVariable reads after the updates) grouped by their assignments; values over three steps.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4], name="x")
y = tf.placeholder(tf.float32, [None, 1], name="y")
inp = tf.keras.Input(shape=(4,))
out = tf.keras.layers.Dense(1, kernel_initializer="ones")(tf.keras.layers.Dense(3, activation="tanh", kernel_initializer=tf.keras.initializers.Constant(0.1))(inp))
model = tf.keras.Model(inp, out)
loss = tf.reduce_mean(tf.square(model(x) - y))
opt = tf.train.AdamOptimizer(0.1)
train = opt.minimize(loss)
print(train.name, [v.name for v in tf.global_variables()], opt.get_slot(model.weights[0], "m"))
for op in tf.get_default_graph().get_operations():
    if op.name.startswith(("Adam", "beta", "dense/kernel/Adam", "dense/bias/Adam")):
        print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    feed = {x: [[1., 2., 3., 4.], [0.5, -1., 2., 0.]], y: [[1.], [2.]]}
    for _ in range(3):
        print(round(float(sess.run([loss, train], feed)[0]), 4))
    print([v.round(4) for v in sess.run(model.weights)], sess.run([v for v in tf.global_variables() if "power" in v.name]))
