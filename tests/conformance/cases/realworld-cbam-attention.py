# source: kobiso/CBAM-tensorflow attention_module.py, ResNeXt.py (attention_module.py kept as written except tf.contrib.layers.variance_scaling_initializer() -> tf.variance_scaling_initializer(scale=2.0), the same truncated-normal ops; ResNeXt.py's SE-ResNeXt needs contrib batch_norm/arg_scope and tflearn, so only its conv_layer, Average_pooling, Fully_connected helpers and main()'s loss, l2 term, Nesterov momentum, accuracy and Saver(tf.global_variables()) are kept, around two residual steps that apply se_block and cbam_block as residual_layer does; 32x32 CIFAR images -> 8x8, 64/128 channels -> 8/16, 10 classes -> 3; data loading, augmentation, summaries, FileWriter and the epoch loop dropped: one training step)
from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import numpy as np
import tensorflow as tf

def se_block(residual, name, ratio=8):
  """Contains the implementation of Squeeze-and-Excitation(SE) block.
  As described in https://arxiv.org/abs/1709.01507.
  """

  kernel_initializer = tf.variance_scaling_initializer(scale=2.0)
  bias_initializer = tf.constant_initializer(value=0.0)

  with tf.variable_scope(name):
    channel = residual.get_shape()[-1]
    # Global average pooling
    squeeze = tf.reduce_mean(residual, axis=[1,2], keepdims=True)
    assert squeeze.get_shape()[1:] == (1,1,channel)
    excitation = tf.layers.dense(inputs=squeeze,
                                 units=channel//ratio,
                                 activation=tf.nn.relu,
                                 kernel_initializer=kernel_initializer,
                                 bias_initializer=bias_initializer,
                                 name='bottleneck_fc')
    assert excitation.get_shape()[1:] == (1,1,channel//ratio)
    excitation = tf.layers.dense(inputs=excitation,
                                 units=channel,
                                 activation=tf.nn.sigmoid,
                                 kernel_initializer=kernel_initializer,
                                 bias_initializer=bias_initializer,
                                 name='recover_fc')
    assert excitation.get_shape()[1:] == (1,1,channel)
    # top = tf.multiply(bottom, se, name='scale')
    scale = residual * excitation
    print ("SE Hello")
  return scale


def cbam_block(input_feature, name, ratio=16):
  """Contains the implementation of Convolutional Block Attention Module(CBAM) block.
  As described in https://arxiv.org/abs/1807.06521.
  """

  with tf.variable_scope(name):
    attention_feature = channel_attention(input_feature, 'ch_at', ratio)
    attention_feature = spatial_attention(attention_feature, 'sp_at')
    print ("CBAM Hello")
  return attention_feature

def channel_attention(input_feature, name, ratio=16):

  kernel_initializer = tf.variance_scaling_initializer(scale=2.0)
  bias_initializer = tf.constant_initializer(value=0.0)

  with tf.variable_scope(name):

    channel = input_feature.get_shape()[-1]
    avg_pool = tf.reduce_mean(input_feature, axis=[1,2], keepdims=True)
    assert avg_pool.get_shape()[1:] == (1,1,channel)
    avg_pool = tf.layers.dense(inputs=avg_pool,
                                 units=channel//ratio,
                                 activation=tf.nn.relu,
                                 kernel_initializer=kernel_initializer,
                                 bias_initializer=bias_initializer,
                                 name='mlp_0',
                                 reuse=None)
    assert avg_pool.get_shape()[1:] == (1,1,channel//ratio)
    avg_pool = tf.layers.dense(inputs=avg_pool,
                                 units=channel,
                                 kernel_initializer=kernel_initializer,
                                 bias_initializer=bias_initializer,
                                 name='mlp_1',
                                 reuse=None)
    assert avg_pool.get_shape()[1:] == (1,1,channel)

    max_pool = tf.reduce_max(input_feature, axis=[1,2], keepdims=True)
    assert max_pool.get_shape()[1:] == (1,1,channel)
    max_pool = tf.layers.dense(inputs=max_pool,
                                 units=channel//ratio,
                                 activation=tf.nn.relu,
                                 name='mlp_0',
                                 reuse=True)
    assert max_pool.get_shape()[1:] == (1,1,channel//ratio)
    max_pool = tf.layers.dense(inputs=max_pool,
                                 units=channel,
                                 name='mlp_1',
                                 reuse=True)
    assert max_pool.get_shape()[1:] == (1,1,channel)

    scale = tf.sigmoid(avg_pool + max_pool, 'sigmoid')

  return input_feature * scale

def spatial_attention(input_feature, name):
  kernel_size = 7
  kernel_initializer = tf.variance_scaling_initializer(scale=2.0)
  with tf.variable_scope(name):
    avg_pool = tf.reduce_mean(input_feature, axis=[3], keepdims=True)
    assert avg_pool.get_shape()[-1] == 1
    max_pool = tf.reduce_max(input_feature, axis=[3], keepdims=True)
    assert max_pool.get_shape()[-1] == 1
    concat = tf.concat([avg_pool,max_pool], 3)
    assert concat.get_shape()[-1] == 2
    #BasicConv(2, 1, kernel_size, stride=1, padding=(kernel_size-1) // 2, relu=False)
    concat = tf.layers.conv2d(concat,
                              filters=1,
                              kernel_size=[kernel_size,kernel_size],
                              strides=[1,1],
                              padding="same",
                              activation=None,
                              kernel_initializer=kernel_initializer,
                              bias_initializer=tf.zeros_initializer(),
                              name='conv')
    assert concat.get_shape()[-1] == 1
    concat = tf.sigmoid(concat, 'sigmoid')

  return input_feature * concat


# ResNeXt.py
class_num = 3
image_size = 8
img_channels = 3
weight_decay = 0.0005
momentum = 0.9
init_learning_rate = 0.1

def conv_layer(input, filter, kernel, stride, padding='SAME', layer_name="conv"):
    with tf.name_scope(layer_name):
        network = tf.layers.conv2d(inputs=input, use_bias=False, filters=filter, kernel_size=kernel, strides=stride, padding=padding)
        return network

def Average_pooling(x, pool_size=[2,2], stride=2, padding='SAME'):
    return tf.layers.average_pooling2d(inputs=x, pool_size=pool_size, strides=stride, padding=padding)

def Relu(x):
    return tf.nn.relu(x)

def Fully_connected(x, units=class_num, layer_name='fully_connected') :
    with tf.name_scope(layer_name) :
        return tf.layers.dense(inputs=x, use_bias=False, units=units)

def residual_step(input_x, out_dim, layer_num, attention_module):
    input_dim = int(np.shape(input_x)[-1])
    if input_dim * 2 == out_dim:
        flag = True
        stride = 2
        channel = input_dim // 2
    else:
        flag = False
        stride = 1
    x = conv_layer(input_x, filter=out_dim, kernel=[3, 3], stride=stride, layer_name='split_layer_'+layer_num)
    # SE_block
    if attention_module == 'se_block':
        x = se_block(x, 'se_'+layer_num)
    # CBAM_block
    if attention_module == 'cbam_block':
        x = cbam_block(x, 'cbam_'+layer_num)

    if flag is True :
        pad_input_x = Average_pooling(input_x)
        pad_input_x = tf.pad(pad_input_x, [[0, 0], [0, 0], [0, 0], [channel, channel]]) # [?, height, width, channel]
    else :
        pad_input_x = input_x

    return Relu(x + pad_input_x)

x = tf.placeholder(tf.float32, shape=[None, image_size, image_size, img_channels])
label = tf.placeholder(tf.float32, shape=[None, class_num])

training_flag = tf.placeholder(tf.bool)

learning_rate = tf.placeholder(tf.float32, name='learning_rate')

h = conv_layer(x, filter=8, kernel=[3, 3], stride=1, layer_name='first_layer_conv1')
h = residual_step(h, 8, '1', 'se_block')
h = residual_step(h, 16, '2', 'cbam_block')
h = tf.reduce_mean(h, axis=[1, 2])
logits = Fully_connected(h, layer_name='final_fully_connected')
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=label, logits=logits))

l2_loss = tf.add_n([tf.nn.l2_loss(var) for var in tf.trainable_variables()])
optimizer = tf.train.MomentumOptimizer(learning_rate=learning_rate, momentum=momentum, use_nesterov=True)
train = optimizer.minimize(cost + l2_loss * weight_decay)

correct_prediction = tf.equal(tf.argmax(logits, 1), tf.argmax(label, 1))
accuracy = tf.reduce_mean(tf.cast(correct_prediction, tf.float32))

saver = tf.train.Saver(tf.global_variables())

batch_x = np.linspace(-1.0, 1.0, 2 * 8 * 8 * 3).reshape(2, 8, 8, 3).astype(np.float32)
batch_y = np.eye(3, dtype=np.float32)[[0, 2]]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    train_feed_dict = {
        x: batch_x,
        label: batch_y,
        learning_rate: init_learning_rate,
        training_flag: True
    }
    _, batch_loss = sess.run([train, cost], feed_dict=train_feed_dict)
    batch_acc = accuracy.eval(feed_dict=train_feed_dict)
    print(np.shape(batch_loss), np.shape(batch_acc))

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
