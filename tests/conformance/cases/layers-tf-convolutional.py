# convolutional_test: conv/separable/transpose/pooling layer names, kernel shapes, argument errors, regularizers, constraints, functional reuse and scope initializers.
import tensorflow as tf
images = tf.random_uniform((5, 7, 9, 4), seed=1)
for f in [lambda: tf.layers.Conv2D(32, (3, 3), data_format="invalid"),
          lambda: tf.layers.Conv2D(32, (3, 3), strides=(1, 2, 3)),
          lambda: tf.layers.Conv2D(32, (1, 2, 3)),
          lambda: tf.layers.conv2d(tf.placeholder(tf.float32, (5, 7, 9, None)), 32, [3, 3]),
          lambda: tf.layers.Conv2D(32, (3, 3), padding="full")]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", str(e).splitlines()[0])
layer = tf.layers.Conv2D(32, [3, 3], activation=tf.nn.relu)
output = layer.apply(images)
print(output.op.name, output.get_shape().as_list(), layer.kernel.get_shape().as_list(), layer.bias.get_shape().as_list())
out2 = tf.layers.Conv2D(32, 3)(images)
out3 = tf.layers.Conv2D(32, [3, 3], padding="same", strides=(2, 2))(images)
print(out2.get_shape().as_list(), out3.get_shape().as_list(), out3.op.name)
reg = lambda x: 0.1 * tf.reduce_sum(x)
kl = tf.layers.Conv2D(32, [3, 3], kernel_regularizer=reg, bias_regularizer=reg, use_bias=True)
kl(images)
print([l.name for l in tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)], [l.name for l in kl.losses])
nb = tf.layers.Conv2D(32, [3, 3], use_bias=False)
nb(images)
print(nb.bias, [v.name for v in nb.variables])
kc = lambda x: x / tf.reduce_sum(x)
cl = tf.layers.Conv2D(2, 3, kernel_constraint=kc, bias_constraint=kc)
cl(images)
print(cl.kernel_constraint is kc, cl.bias_constraint is kc)
tf.layers.conv2d(images, 32, [3, 3], name="conv1")
print(len(tf.trainable_variables()))
tf.layers.conv2d(images, 32, [3, 3], name="conv1", reuse=True)
print(len(tf.trainable_variables()))
with tf.variable_scope("scope"):
    tf.layers.conv2d(images, 32, [3, 3], name="conv1")
with tf.variable_scope("scope", reuse=True):
    r = tf.layers.conv2d(images, 32, [3, 3], name="conv1")
print(len(tf.trainable_variables()), r.name)
with tf.variable_scope("init", initializer=tf.ones_initializer()):
    tf.layers.conv2d(images, 32, [3, 3], name="conv1")
sep = tf.layers.SeparableConv2D(32, [3, 3], depth_multiplier=2, activation=tf.nn.relu)
so = sep.apply(images)
print(so.op.name, so.get_shape().as_list(), sep.depthwise_kernel.get_shape().as_list(), sep.pointwise_kernel.get_shape().as_list(), sep.bias.get_shape().as_list())
tr = tf.layers.Conv2DTranspose(32, [3, 3], activation=tf.nn.relu)
to = tr.apply(images)
print(to.op.name, to.get_shape().as_list(), tr.kernel.get_shape().as_list())
mp = tf.layers.max_pooling2d(images, [2, 2], 2)
ap = tf.layers.AveragePooling2D([3, 3], 2, padding="same")(images)
print(mp, ap)
print([v.name for v in tf.global_variables()][-12:])
g = tf.get_default_graph()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    k = sess.run(g.get_tensor_by_name("init/conv1/kernel:0"))
    print(k.min(), k.max(), sess.run(g.get_tensor_by_name("init/conv1/bias:0")).max())
