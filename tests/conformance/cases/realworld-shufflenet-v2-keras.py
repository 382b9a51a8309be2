# source: xiaohu2015/DeepLearning_tutorials CNNs/shufflenet_v2.py (tf.keras Models in graph mode; 224x224 -> 32x32, first_channel 24 -> 4, channels_per_stage (116, 232, 464) -> (8, 16, 32), conv5 1024 -> 8 filters, 1000 classes -> 5; the commented-out npz conversion and the keras image preprocessing / checkpoint restore of __main__ dropped; the model built on a placeholder, run once and saved by a Saver)
import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import Conv2D, DepthwiseConv2D
from tensorflow.keras.layers import MaxPool2D, GlobalAveragePooling2D, Dense
from tensorflow.keras.layers import BatchNormalization, Activation
def channle_shuffle(inputs, group):
    in_shape = inputs.get_shape().as_list()
    h, w, in_channel = in_shape[1:]
    assert in_channel % group == 0
    l = tf.reshape(inputs, [-1, h, w, in_channel // group, group])
    l = tf.transpose(l, [0, 1, 2, 4, 3])
    l = tf.reshape(l, [-1, h, w, in_channel])
    return l
class Conv2D_BN_ReLU(tf.keras.Model):
    def __init__(self, channel, kernel_size=1, stride=1):
        super(Conv2D_BN_ReLU, self).__init__()
        self.conv = Conv2D(channel, kernel_size, strides=stride,
                            padding="SAME", use_bias=False)
        self.bn = BatchNormalization(axis=-1, momentum=0.9, epsilon=1e-5)
        self.relu = Activation("relu")
    def call(self, inputs, training=True):
        x = self.conv(inputs)
        x = self.bn(x, training=training)
        x = self.relu(x)
        return x
class DepthwiseConv2D_BN(tf.keras.Model):
    def __init__(self, kernel_size=3, stride=1):
        super(DepthwiseConv2D_BN, self).__init__()
        self.dconv = DepthwiseConv2D(kernel_size, strides=stride,
                                     depth_multiplier=1,
                                     padding="SAME", use_bias=False)
        self.bn = BatchNormalization(axis=-1, momentum=0.9, epsilon=1e-5)
    def call(self, inputs, training=True):
        x = self.dconv(inputs)
        x = self.bn(x, training=training)
        return x
class ShufflenetUnit1(tf.keras.Model):
    def __init__(self, out_channel):
        super(ShufflenetUnit1, self).__init__()
        assert out_channel % 2 == 0
        self.out_channel = out_channel
        self.conv1_bn_relu = Conv2D_BN_ReLU(out_channel // 2, 1, 1)
        self.dconv_bn = DepthwiseConv2D_BN(3, 1)
        self.conv2_bn_relu = Conv2D_BN_ReLU(out_channel // 2, 1, 1)
    def call(self, inputs, training=False):
        shortcut, x = tf.split(inputs, 2, axis=3)
        x = self.conv1_bn_relu(x, training=training)
        x = self.dconv_bn(x, training=training)
        x = self.conv2_bn_relu(x, training=training)
        x = tf.concat([shortcut, x], axis=3)
        x = channle_shuffle(x, 2)
        return x
class ShufflenetUnit2(tf.keras.Model):
    def __init__(self, in_channel, out_channel):
        super(ShufflenetUnit2, self).__init__()
        assert out_channel % 2 == 0
        self.in_channel = in_channel
        self.out_channel = out_channel
        self.conv1_bn_relu = Conv2D_BN_ReLU(out_channel // 2, 1, 1)
        self.dconv_bn = DepthwiseConv2D_BN(3, 2)
        self.conv2_bn_relu = Conv2D_BN_ReLU(out_channel - in_channel, 1, 1)
        self.shortcut_dconv_bn = DepthwiseConv2D_BN(3, 2)
        self.shortcut_conv_bn_relu = Conv2D_BN_ReLU(in_channel, 1, 1)
    def call(self, inputs, training=False):
        shortcut, x = inputs, inputs
        x = self.conv1_bn_relu(x, training=training)
        x = self.dconv_bn(x, training=training)
        x = self.conv2_bn_relu(x, training=training)
        shortcut = self.shortcut_dconv_bn(shortcut, training=training)
        shortcut = self.shortcut_conv_bn_relu(shortcut, training=training)
        x = tf.concat([shortcut, x], axis=3)
        x = channle_shuffle(x, 2)
        return x
class ShufflenetStage(tf.keras.Model):
    def __init__(self, in_channel, out_channel, num_blocks):
        super(ShufflenetStage, self).__init__()
        self.in_channel = in_channel
        self.out_channel = out_channel
        self.ops = []
        for i in range(num_blocks):
            if i == 0:
                op = ShufflenetUnit2(in_channel, out_channel)
            else:
                op = ShufflenetUnit1(out_channel)
            self.ops.append(op)
    def call(self, inputs, training=False):
        x = inputs
        for op in self.ops:
            x = op(x, training=training)
        return x
class ShuffleNetv2(tf.keras.Model):
    def __init__(self, num_classes, first_channel=24, channels_per_stage=(116, 232, 464)):
        super(ShuffleNetv2, self).__init__()
        self.num_classes = num_classes
        self.conv1_bn_relu = Conv2D_BN_ReLU(first_channel, 3, 2)
        self.pool1 = MaxPool2D(3, strides=2, padding="SAME")
        self.stage2 = ShufflenetStage(first_channel, channels_per_stage[0], 4)
        self.stage3 = ShufflenetStage(channels_per_stage[0], channels_per_stage[1], 8)
        self.stage4 = ShufflenetStage(channels_per_stage[1], channels_per_stage[2], 4)
        self.conv5_bn_relu = Conv2D_BN_ReLU(8, 1, 1)
        self.gap = GlobalAveragePooling2D()
        self.linear = Dense(num_classes)
    def call(self, inputs, training=False):
        x = self.conv1_bn_relu(inputs, training=training)
        x = self.pool1(x)
        x = self.stage2(x, training=training)
        x = self.stage3(x, training=training)
        x = self.stage4(x, training=training)
        x = self.conv5_bn_relu(x, training=training)
        x = self.gap(x)
        x = self.linear(x)
        return x
inputs = tf.placeholder(tf.float32, [None, 32, 32, 3])
model = ShuffleNetv2(5, first_channel=4, channels_per_stage=(8, 16, 32))
outputs = model(inputs, training=False)
outputs = tf.nn.softmax(outputs)
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    preds = sess.run(outputs, feed_dict={inputs: np.ones([1, 32, 32, 3])})
    print(preds.shape, len(model.variables), len(model.trainable_variables))

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
