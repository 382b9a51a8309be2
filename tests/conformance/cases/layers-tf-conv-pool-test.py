# tf_keras legacy_tf_layers convolutional_test/pooling_test: conv2d/conv1d/separable/transpose output shapes and variable names, pooling shapes, invalid args.
import tensorflow as tf
images = tf.random_uniform((5, 7, 9, 4), seed=1)
layer = tf.layers.Conv2D(32, [3, 3], activation=tf.nn.relu)
out = layer(images)
print(out.name, out.get_shape(), layer.kernel.name, layer.kernel.get_shape(), layer.bias.name)
out2 = tf.layers.conv2d(images, 32, [3, 3], strides=(2, 2), padding="same", name="c2")
print(out2.name, out2.get_shape())
out3 = tf.layers.conv2d(images, 8, 3, dilation_rate=2, use_bias=False)
print(out3.name, out3.get_shape(), [v.name for v in tf.trainable_variables() if v.name.startswith("conv2d_1")])
seq = tf.random_uniform((5, 9, 4), seed=1)
c1 = tf.layers.conv1d(seq, 16, 3)
print(c1.name, c1.get_shape())
sep = tf.layers.separable_conv2d(images, 16, [3, 3], depth_multiplier=2)
print(sep.name, sep.get_shape(), sorted(v.name for v in tf.trainable_variables() if "separable" in v.name))
tr = tf.layers.conv2d_transpose(images, 8, [3, 3], strides=2, padding="same")
print(tr.name, tr.get_shape(), sorted(v.name for v in tf.trainable_variables() if "transpose" in v.name))
mp = tf.layers.max_pooling2d(images, 2, 2)
ap = tf.layers.average_pooling2d(images, [3, 3], [1, 1], padding="same")
mp1 = tf.layers.max_pooling1d(seq, 2, 2)
print(mp.name, mp.get_shape(), ap.name, ap.get_shape(), mp1.name, mp1.get_shape())
for bad in (lambda: tf.layers.conv2d(images, 32, [3, 3], data_format="invalid"), lambda: tf.layers.conv2d(images, 32, [1, 2, 3]), lambda: tf.layers.conv2d(images, 32, 3, strides=None), lambda: tf.layers.conv2d(seq, 32, 3), lambda: tf.layers.max_pooling2d(images, 2, 2, padding="bad")):
    try:
        bad()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0][:200])
