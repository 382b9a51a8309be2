# convolutional_test testCreateConv2DChannelsFirst / pooling_test channels_first: NCHW Conv2D, BiasAdd and pools, their shapes and attrs; other layers still channels_last.
import tensorflow as tf
images = tf.random_uniform((5, 4, 7, 9), seed=1)
layer = tf.layers.Conv2D(32, [3, 3], data_format="channels_first")
out = layer.apply(images)
print(out, layer.kernel.get_shape().as_list(), layer.bias.get_shape().as_list())
print(out.op.inputs[0].op.get_attr("data_format"), out.op.inputs[0].op.get_attr("strides"), out.op.get_attr("data_format"))
s = tf.layers.conv2d(images, 8, 3, strides=(2, 1), padding="same", data_format="channels_first", name="s")
print(s, s.op.inputs[0].op.get_attr("strides"))
mp = tf.layers.max_pooling2d(images, 2, 2, data_format="channels_first")
ap = tf.layers.AveragePooling2D([3, 3], 1, padding="same", data_format="channels_first")(images)
print(mp, mp.op.get_attr("ksize"), ap, ap.op.get_attr("strides"))
try:
    tf.layers.conv2d(tf.placeholder(tf.float32, [None, None, 5, 5]), 2, 3, data_format="channels_first")
except ValueError as e:
    print("ValueError:", e)
print(tf.layers.flatten(tf.ones([2, 3, 4]), data_format="channels_first"))
small = tf.ones((1, 2, 4, 4))
c = tf.layers.conv2d(small, 2, 3, data_format="channels_first", kernel_initializer=tf.ones_initializer(), name="run")
m = tf.layers.max_pooling2d(tf.reshape(tf.range(32.0), [1, 2, 4, 4]), 2, 2, data_format="channels_first")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(c).tolist(), sess.run(m).tolist())
