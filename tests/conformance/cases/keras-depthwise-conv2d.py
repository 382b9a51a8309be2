import numpy as np
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 5, 5, 2], name="x")
a = tf.keras.layers.DepthwiseConv2D(3)
b = tf.keras.layers.DepthwiseConv2D((3, 3), strides=(2, 2), padding="same", depth_multiplier=2, activation="relu",
                                    depthwise_initializer=tf.keras.initializers.Constant(0.5),
                                    bias_initializer="ones", depthwise_regularizer="l2", name="dw")
c = tf.keras.layers.DepthwiseConv2D(1, use_bias=False, depthwise_initializer="ones")
ya, yb, yc = a(x), b(x), c(x)
for layer, y in ((a, ya), (b, yb), (c, yc)):
    print(layer.name, y.name, y.shape, [w.name for w in layer.weights])
print(len(b.losses))
model = tf.keras.Sequential([tf.keras.layers.DepthwiseConv2D(3, input_shape=(5, 5, 2)), tf.keras.layers.Flatten()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    v = np.arange(50, dtype=np.float32).reshape(1, 5, 5, 2) / 10.0
    print(np.round(sess.run(yb, {x: v}), 3).reshape(-1).tolist())
    print(sess.run(yc, {x: v}).reshape(-1)[:6].tolist(), model.output_shape)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
