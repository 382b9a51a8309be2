# tf_keras legacy_tf_layers convolutional_test testCreateSeparableConv1D*/testSeparableConv1DStrides: op names, output shape and values of a strided same-padded separable_conv1d.
import tensorflow as tf
seq = tf.reshape(tf.range(2 * 9 * 4, dtype=tf.float32), [2, 9, 4]) / 50.0
s1 = tf.layers.separable_conv1d(seq, 3, 3, strides=2, depth_multiplier=2, padding="same", activation=tf.nn.relu,
                                depthwise_initializer=tf.constant_initializer(0.1), pointwise_initializer=tf.constant_initializer(0.2))
print(s1.name, s1.get_shape())
print([o.name for o in tf.get_default_graph().get_operations() if o.name.startswith("separable_conv1d/") and "Initializer" not in o.name and "Assign" not in o.name])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(s1).round(4).tolist())
