# source: lengstrom/fast-style-transfer src/optimize.py, src/transform.py, src/vgg.py (vgg.net's scipy.io .mat weights -> small deterministic numpy arrays, VGG channels 64..512 -> 2/3/4/4/4; transform channels 32/64/128 -> 2/4/4; 256x256 batches of 4 -> 16x16 batches of 2, style image 16x16; tf.contrib.opt.ScipyOptimizerInterface -> the file's commented-out tf.train.AdamOptimizer(learning_rate).minimize(loss); image loading, the training loop and checkpoint saving dropped)
import functools
import numpy as np
import tensorflow as tf
MEAN_PIXEL = np.array([ 123.68 ,  116.779,  103.939])
VGG_CHANNELS = {'1': 2, '2': 3, '3': 4, '4': 4, '5': 4}
def vgg_net(input_image):
    layers = (
        'conv1_1', 'relu1_1', 'conv1_2', 'relu1_2', 'pool1',
        'conv2_1', 'relu2_1', 'conv2_2', 'relu2_2', 'pool2',
        'conv3_1', 'relu3_1', 'conv3_2', 'relu3_2', 'conv3_3',
        'relu3_3', 'pool3',
        'conv4_1', 'relu4_1', 'conv4_2', 'relu4_2', 'conv4_3',
        'relu4_3', 'pool4',
        'conv5_1', 'relu5_1', 'conv5_2', 'relu5_2', 'conv5_3',
        'relu5_3'
    )
    net = {}
    current = input_image
    for i, name in enumerate(layers):
        kind = name[:4]
        if kind == 'conv':
            in_channels = current.get_shape()[3].value
            out_channels = VGG_CHANNELS[name[4]]
            kernels = np.linspace(-0.05, 0.05, 9 * in_channels * out_channels).reshape(3, 3, in_channels, out_channels).astype(np.float32)
            bias = np.linspace(0.0, 0.1, out_channels).astype(np.float32)
            kernels = np.transpose(kernels, (1, 0, 2, 3))
            bias = bias.reshape(-1)
            current = _vgg_conv_layer(current, kernels, bias)
        elif kind == 'relu':
            current = tf.nn.relu(current)
        elif kind == 'pool':
            current = _pool_layer(current)
        net[name] = current
    assert len(net) == len(layers)
    return net
def _vgg_conv_layer(input, weights, bias):
    conv = tf.nn.conv2d(input, tf.constant(weights), strides=(1, 1, 1, 1),
            padding='SAME')
    return tf.nn.bias_add(conv, bias)
def _pool_layer(input):
    return tf.nn.max_pool(input, ksize=(1, 2, 2, 1), strides=(1, 2, 2, 1),
            padding='SAME')
def preprocess(image):
    return image - MEAN_PIXEL
WEIGHTS_INIT_STDEV = .1
def transform_net(image):
    conv1 = _conv_layer(image, 2, 9, 1)
    conv2 = _conv_layer(conv1, 4, 3, 2)
    conv3 = _conv_layer(conv2, 4, 3, 2)
    resid1 = _residual_block(conv3, 3)
    resid2 = _residual_block(resid1, 3)
    resid3 = _residual_block(resid2, 3)
    resid4 = _residual_block(resid3, 3)
    resid5 = _residual_block(resid4, 3)
    conv_t1 = _conv_tranpose_layer(resid5, 4, 3, 2)
    conv_t2 = _conv_tranpose_layer(conv_t1, 2, 3, 2)
    conv_t3 = _conv_layer(conv_t2, 3, 9, 1, relu=False)
    preds = tf.nn.tanh(conv_t3) * 150 + 255./2
    return preds
def _conv_layer(net, num_filters, filter_size, strides, relu=True):
    weights_init = _conv_init_vars(net, num_filters, filter_size)
    strides_shape = [1, strides, strides, 1]
    net = tf.nn.conv2d(net, weights_init, strides_shape, padding='SAME')
    net = _instance_norm(net)
    if relu:
        net = tf.nn.relu(net)
    return net
def _conv_tranpose_layer(net, num_filters, filter_size, strides):
    weights_init = _conv_init_vars(net, num_filters, filter_size, transpose=True)
    batch_size, rows, cols, in_channels = [i.value for i in net.get_shape()]
    new_rows, new_cols = int(rows * strides), int(cols * strides)
    new_shape = [batch_size, new_rows, new_cols, num_filters]
    tf_shape = tf.stack(new_shape)
    strides_shape = [1,strides,strides,1]
    net = tf.nn.conv2d_transpose(net, weights_init, tf_shape, strides_shape, padding='SAME')
    net = _instance_norm(net)
    return tf.nn.relu(net)
def _residual_block(net, filter_size=3):
    tmp = _conv_layer(net, 4, filter_size, 1)
    return net + _conv_layer(tmp, 4, filter_size, 1, relu=False)
def _instance_norm(net, train=True):
    batch, rows, cols, channels = [i.value for i in net.get_shape()]
    var_shape = [channels]
    mu, sigma_sq = tf.nn.moments(net, [1,2], keep_dims=True)
    shift = tf.Variable(tf.zeros(var_shape))
    scale = tf.Variable(tf.ones(var_shape))
    epsilon = 1e-3
    normalized = (net-mu)/(sigma_sq + epsilon)**(.5)
    return scale * normalized + shift
def _conv_init_vars(net, out_channels, filter_size, transpose=False):
    _, rows, cols, in_channels = [i.value for i in net.get_shape()]
    if not transpose:
        weights_shape = [filter_size, filter_size, in_channels, out_channels]
    else:
        weights_shape = [filter_size, filter_size, out_channels, in_channels]
    weights_init = tf.Variable(tf.truncated_normal(weights_shape, stddev=WEIGHTS_INIT_STDEV, seed=1), dtype=tf.float32)
    return weights_init
def _tensor_size(tensor):
    from operator import mul
    return functools.reduce(mul, (d.value for d in tensor.get_shape()[1:]), 1)
STYLE_LAYERS = ('relu1_1', 'relu2_1', 'relu3_1', 'relu4_1', 'relu5_1')
CONTENT_LAYER = 'conv4_2'
content_weight, style_weight, tv_weight = 7.5, 100.0, 200.0
batch_size = 2
learning_rate = 1e-3
style_target = np.linspace(0.0, 255.0, 16 * 16 * 3).reshape(16, 16, 3)
style_features = {}
batch_shape = (batch_size,16,16,3)
style_shape = (1,) + style_target.shape
print(style_shape)
with tf.Graph().as_default(), tf.device('/cpu:0'), tf.Session() as sess:
    style_image = tf.placeholder(tf.float32, shape=style_shape, name='style_image')
    style_image_pre = preprocess(style_image)
    net = vgg_net(style_image_pre)
    style_pre = np.array([style_target])
    for layer in STYLE_LAYERS:
        features = net[layer].eval(feed_dict={style_image:style_pre})
        features = np.reshape(features, (-1, features.shape[3]))
        gram = np.matmul(features.T, features) / features.size
        style_features[layer] = gram
        print(layer, gram.shape, np.round(gram.sum(), 2))
with tf.Graph().as_default(), tf.Session() as sess:
    X_content = tf.placeholder(tf.float32, shape=batch_shape, name="X_content")
    X_pre = preprocess(X_content)
    content_features = {}
    content_net = vgg_net(X_pre)
    content_features[CONTENT_LAYER] = content_net[CONTENT_LAYER]
    preds = transform_net(X_content/255.0)
    preds_pre = preprocess(preds)
    net = vgg_net(preds_pre)
    content_size = _tensor_size(content_features[CONTENT_LAYER])*batch_size
    assert _tensor_size(content_features[CONTENT_LAYER]) == _tensor_size(net[CONTENT_LAYER])
    content_loss = content_weight * (2 * tf.nn.l2_loss(
        net[CONTENT_LAYER] - content_features[CONTENT_LAYER]) / content_size
    )
    style_losses = []
    for style_layer in STYLE_LAYERS:
        layer = net[style_layer]
        bs, height, width, filters = map(lambda i:i.value,layer.get_shape())
        size = height * width * filters
        feats = tf.reshape(layer, (bs, height * width, filters))
        feats_T = tf.transpose(feats, perm=[0,2,1])
        grams = tf.matmul(feats_T, feats) / size
        style_gram = style_features[style_layer]
        style_losses.append(2 * tf.nn.l2_loss(grams - style_gram)/style_gram.size)
    style_loss = style_weight * functools.reduce(tf.add, style_losses) / batch_size
    tv_y_size = _tensor_size(preds[:,1:,:,:])
    tv_x_size = _tensor_size(preds[:,:,1:,:])
    y_tv = tf.nn.l2_loss(preds[:,1:,:,:] - preds[:,:batch_shape[1]-1,:,:])
    x_tv = tf.nn.l2_loss(preds[:,:,1:,:] - preds[:,:,:batch_shape[2]-1,:])
    tv_loss = tv_weight*2*(x_tv/tv_x_size + y_tv/tv_y_size)/batch_size
    loss = content_loss + style_loss + tv_loss
    train_step = tf.train.AdamOptimizer(learning_rate).minimize(loss)
    sess.run(tf.global_variables_initializer())
    saver = tf.train.Saver()

    for op in tf.get_default_graph().get_operations():
        print(op.name, op.type)
    for v in tf.global_variables():
        print(v.name, v.shape)
