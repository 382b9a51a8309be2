# A tf.keras.Sequential trained with tf.train.GradientDescentOptimizer: gradients through ReadVariableOp to the weights' handles, ResourceApplyGradientDescent per weight, loss and weights over three steps.
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4], name="x")
y = tf.placeholder(tf.float32, [None, 1], name="y")
model = tf.keras.Sequential([tf.keras.layers.Dense(3, activation="relu", kernel_initializer="ones", bias_initializer="zeros"),
                             tf.keras.layers.Dense(1, kernel_initializer=tf.keras.initializers.Constant(0.5))])
pred = model(x)
loss = tf.reduce_mean(tf.square(pred - y))
opt = tf.train.GradientDescentOptimizer(0.01)
train = opt.minimize(loss)
print(train.name, train.type)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith(("gradients", "GradientDescent")):
        print(op.name, op.type, [i.name for i in op.inputs], [c.name for c in op.control_inputs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    feed = {x: [[1., 2., 3., 4.], [0.5, -1., 2., 0.]], y: [[1.], [2.]]}
    for _ in range(3):
        print(sess.run([loss, train], feed)[0])
    print([v.round(5) for v in sess.run(model.trainable_variables)])
