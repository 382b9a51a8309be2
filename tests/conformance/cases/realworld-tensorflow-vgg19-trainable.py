# source: machrisaa/tensorflow-vgg vgg19_trainable.py (224x224 images -> 32x32 and its shape asserts with them, channels 64/128/256/512 -> 2/2/3/3/4 per block, fc 4096 -> 8, 1000 classes -> 5; no vgg19.npy: the truncated-normal initial values; save_npy (file output) dropped; the driver follows the repository's README/test_vgg19_trainable.py: build with a train_mode placeholder, get_var_count, one inference run and one GradientDescent step)
import numpy as np
import tensorflow as tf
from functools import reduce
VGG_MEAN = [103.939, 116.779, 123.68]
C1, C2, C3, C4, C5, FC, CLASSES = 2, 2, 3, 3, 4, 8, 5
class Vgg19:
    def __init__(self, vgg19_npy_path=None, trainable=True, dropout=0.5):
        self.data_dict = None
        self.var_dict = {}
        self.trainable = trainable
        self.dropout = dropout
    def build(self, rgb, train_mode=None):
        rgb_scaled = rgb * 255.0
        red, green, blue = tf.split(axis=3, num_or_size_splits=3, value=rgb_scaled)
        assert red.get_shape().as_list()[1:] == [32, 32, 1]
        assert green.get_shape().as_list()[1:] == [32, 32, 1]
        assert blue.get_shape().as_list()[1:] == [32, 32, 1]
        bgr = tf.concat(axis=3, values=[
            blue - VGG_MEAN[0],
            green - VGG_MEAN[1],
            red - VGG_MEAN[2],
        ])
        assert bgr.get_shape().as_list()[1:] == [32, 32, 3]
        self.conv1_1 = self.conv_layer(bgr, 3, C1, "conv1_1")
        self.conv1_2 = self.conv_layer(self.conv1_1, C1, C1, "conv1_2")
        self.pool1 = self.max_pool(self.conv1_2, 'pool1')
        self.conv2_1 = self.conv_layer(self.pool1, C1, C2, "conv2_1")
        self.conv2_2 = self.conv_layer(self.conv2_1, C2, C2, "conv2_2")
        self.pool2 = self.max_pool(self.conv2_2, 'pool2')
        self.conv3_1 = self.conv_layer(self.pool2, C2, C3, "conv3_1")
        self.conv3_2 = self.conv_layer(self.conv3_1, C3, C3, "conv3_2")
        self.conv3_3 = self.conv_layer(self.conv3_2, C3, C3, "conv3_3")
        self.conv3_4 = self.conv_layer(self.conv3_3, C3, C3, "conv3_4")
        self.pool3 = self.max_pool(self.conv3_4, 'pool3')
        self.conv4_1 = self.conv_layer(self.pool3, C3, C4, "conv4_1")
        self.conv4_2 = self.conv_layer(self.conv4_1, C4, C4, "conv4_2")
        self.conv4_3 = self.conv_layer(self.conv4_2, C4, C4, "conv4_3")
        self.conv4_4 = self.conv_layer(self.conv4_3, C4, C4, "conv4_4")
        self.pool4 = self.max_pool(self.conv4_4, 'pool4')
        self.conv5_1 = self.conv_layer(self.pool4, C4, C5, "conv5_1")
        self.conv5_2 = self.conv_layer(self.conv5_1, C5, C5, "conv5_2")
        self.conv5_3 = self.conv_layer(self.conv5_2, C5, C5, "conv5_3")
        self.conv5_4 = self.conv_layer(self.conv5_3, C5, C5, "conv5_4")
        self.pool5 = self.max_pool(self.conv5_4, 'pool5')
        self.fc6 = self.fc_layer(self.pool5, ((32 // (2 ** 5)) ** 2) * C5, FC, "fc6")
        self.relu6 = tf.nn.relu(self.fc6)
        if train_mode is not None:
            self.relu6 = tf.cond(train_mode, lambda: tf.nn.dropout(self.relu6, self.dropout), lambda: self.relu6)
        elif self.trainable:
            self.relu6 = tf.nn.dropout(self.relu6, self.dropout)
        self.fc7 = self.fc_layer(self.relu6, FC, FC, "fc7")
        self.relu7 = tf.nn.relu(self.fc7)
        if train_mode is not None:
            self.relu7 = tf.cond(train_mode, lambda: tf.nn.dropout(self.relu7, self.dropout), lambda: self.relu7)
        elif self.trainable:
            self.relu7 = tf.nn.dropout(self.relu7, self.dropout)
        self.fc8 = self.fc_layer(self.relu7, FC, CLASSES, "fc8")
        self.prob = tf.nn.softmax(self.fc8, name="prob")
        self.data_dict = None
    def avg_pool(self, bottom, name):
        return tf.nn.avg_pool(bottom, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME', name=name)
    def max_pool(self, bottom, name):
        return tf.nn.max_pool(bottom, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME', name=name)
    def conv_layer(self, bottom, in_channels, out_channels, name):
        with tf.variable_scope(name):
            filt, conv_biases = self.get_conv_var(3, in_channels, out_channels, name)
            conv = tf.nn.conv2d(bottom, filt, [1, 1, 1, 1], padding='SAME')
            bias = tf.nn.bias_add(conv, conv_biases)
            relu = tf.nn.relu(bias)
            return relu
    def fc_layer(self, bottom, in_size, out_size, name):
        with tf.variable_scope(name):
            weights, biases = self.get_fc_var(in_size, out_size, name)
            x = tf.reshape(bottom, [-1, in_size])
            fc = tf.nn.bias_add(tf.matmul(x, weights), biases)
            return fc
    def get_conv_var(self, filter_size, in_channels, out_channels, name):
        initial_value = tf.truncated_normal([filter_size, filter_size, in_channels, out_channels], 0.0, 0.001)
        filters = self.get_var(initial_value, name, 0, name + "_filters")
        initial_value = tf.truncated_normal([out_channels], .0, .001)
        biases = self.get_var(initial_value, name, 1, name + "_biases")
        return filters, biases
    def get_fc_var(self, in_size, out_size, name):
        initial_value = tf.truncated_normal([in_size, out_size], 0.0, 0.001)
        weights = self.get_var(initial_value, name, 0, name + "_weights")
        initial_value = tf.truncated_normal([out_size], .0, .001)
        biases = self.get_var(initial_value, name, 1, name + "_biases")
        return weights, biases
    def get_var(self, initial_value, name, idx, var_name):
        if self.data_dict is not None and name in self.data_dict:
            value = self.data_dict[name][idx]
        else:
            value = initial_value
        if self.trainable:
            var = tf.Variable(value, name=var_name)
        else:
            var = tf.constant(value, dtype=tf.float32, name=var_name)
        self.var_dict[(name, idx)] = var
        assert var.get_shape() == initial_value.get_shape()
        return var
    def get_var_count(self):
        count = 0
        for v in list(self.var_dict.values()):
            count += reduce(lambda x, y: x * y, v.get_shape().as_list())
        return count
batch1 = np.linspace(0.0, 1.0, 32 * 32 * 3).reshape(1, 32, 32, 3)
img1_true_result = [1 if i == 2 else 0 for i in range(CLASSES)]
with tf.device('/cpu:0'):
    sess = tf.Session()
    images = tf.placeholder(tf.float32, [1, 32, 32, 3])
    true_out = tf.placeholder(tf.float32, [1, CLASSES])
    train_mode = tf.placeholder(tf.bool)
    vgg = Vgg19()
    vgg.build(images, train_mode)
    print(vgg.get_var_count())
    sess.run(tf.global_variables_initializer())
    prob = sess.run(vgg.prob, feed_dict={images: batch1, train_mode: False})
    print(prob.shape, round(float(prob.sum()), 4))
    cost = tf.reduce_sum((vgg.prob - true_out) ** 2)
    train = tf.train.GradientDescentOptimizer(0.0001).minimize(cost)
    sess.run(train, feed_dict={images: batch1, true_out: [img1_true_result], train_mode: True})
    print(len(vgg.var_dict), len(tf.trainable_variables()))

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
