# source: xiaohu2015/DeepLearning_tutorials CNNs/SqueezeNet.py (224x224 -> 64x64 inputs so avgpool10 13x13 -> 3x3 (the final map), a batch of 32 -> 2, filters /16 (96 -> 6, fire squeeze/expand 16/64 ... 64/256 -> 1/4 ... 4/16), 1000 classes -> 5; the __main__ print kept, plus one session run)
import tensorflow as tf
import numpy as np
class SqueezeNet(object):
    def __init__(self, inputs, nb_classes=1000, is_training=True):
        net = tf.layers.conv2d(inputs, 6, [7, 7], strides=[2, 2],
                                 padding="SAME", activation=tf.nn.relu,
                                 name="conv1")
        net = tf.layers.max_pooling2d(net, [3, 3], strides=[2, 2],
                                      name="maxpool1")
        net = self._fire(net, 1, 4, "fire2")
        net = self._fire(net, 1, 4, "fire3")
        net = self._fire(net, 2, 8, "fire4")
        net = tf.layers.max_pooling2d(net, [3, 3], strides=[2, 2],
                                      name="maxpool4")
        net = self._fire(net, 2, 8, "fire5")
        net = self._fire(net, 3, 12, "fire6")
        net = self._fire(net, 3, 12, "fire7")
        net = self._fire(net, 4, 16, "fire8")
        net = tf.layers.max_pooling2d(net, [3, 3], strides=[2, 2],
                                      name="maxpool8")
        net = self._fire(net, 4, 16, "fire9")
        net = tf.layers.conv2d(net, nb_classes, [1, 1], strides=[1, 1],
                               padding="SAME", activation=tf.nn.relu,
                               name="conv10")
        net = tf.layers.average_pooling2d(net, [3, 3], strides=[1, 1],
                                          name="avgpool10")
        net = tf.squeeze(net, axis=[1, 2])
        self.logits = net
        self.prediction = tf.nn.softmax(net)
    def _fire(self, inputs, squeeze_depth, expand_depth, scope):
        with tf.variable_scope(scope):
            squeeze = tf.layers.conv2d(inputs, squeeze_depth, [1, 1],
                                       strides=[1, 1], padding="SAME",
                                       activation=tf.nn.relu, name="squeeze")
            expand_1x1 = tf.layers.conv2d(squeeze, expand_depth, [1, 1],
                                          strides=[1, 1], padding="SAME",
                                          activation=tf.nn.relu, name="expand_1x1")
            expand_3x3 = tf.layers.conv2d(squeeze, expand_depth, [3, 3],
                                          strides=[1, 1], padding="SAME",
                                          activation=tf.nn.relu, name="expand_3x3")
            return tf.concat([expand_1x1, expand_3x3], axis=3)
inputs = tf.random_normal([2, 64, 64, 3])
net = SqueezeNet(inputs, nb_classes=5)
print(net.prediction)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(net.prediction).shape)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
