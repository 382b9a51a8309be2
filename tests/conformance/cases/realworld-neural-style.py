# source: anishathalye/neural-style stylize.py, vgg.py (stylize() and vgg.net/preprocess/unprocess kept as written, Python 2 prints made print() and `reduce` imported from functools; vgg.net's scipy.io.loadmat of the VGG-19 .mat file -> the same nested layout filled with small deterministic numpy arrays (channels 64/128/256/512 -> 2/2/3/3/3, mean pixel from a fixed array); content and style images 8x8 and 6x6, the initial image given, 2 iterations with print_iter None (the loss values are not printed); neural_style.py's argparse and image I/O dropped)
from functools import reduce

import numpy as np
import tensorflow as tf


def _fake_vgg_mat():
    """The layout scipy.io.loadmat gives imagenet-vgg-verydeep-19.mat, with tiny weights."""
    widths = {'1': 2, '2': 2, '3': 3, '4': 3, '5': 3}
    layers = []
    depth = 3
    for name in VGG_LAYERS:
        if name.startswith('conv'):
            out = widths[name[4]]
            w = np.linspace(-0.5, 0.5, 3 * 3 * depth * out).reshape(3, 3, depth, out).astype(np.float32)
            b = np.linspace(0.0, 0.1, out).reshape(1, out).astype(np.float32)
            layers.append([[[[[w, b]]]]])
            depth = out
        else:
            layers.append(None)
    mean = np.linspace(100.0, 130.0, 8 * 8 * 3).reshape(8, 8, 3)
    return {'normalization': [[[mean]]], 'layers': [layers]}


VGG_LAYERS = [
    'conv1_1', 'relu1_1', 'conv1_2', 'relu1_2', 'pool1',

    'conv2_1', 'relu2_1', 'conv2_2', 'relu2_2', 'pool2',

    'conv3_1', 'relu3_1', 'conv3_2', 'relu3_2', 'conv3_3',
    'relu3_3', 'conv3_4', 'relu3_4', 'pool3',

    'conv4_1', 'relu4_1', 'conv4_2', 'relu4_2', 'conv4_3',
    'relu4_3', 'conv4_4', 'relu4_4', 'pool4',

    'conv5_1', 'relu5_1', 'conv5_2', 'relu5_2', 'conv5_3',
    'relu5_3', 'conv5_4', 'relu5_4'
]


# vgg.py
def _conv_layer(weights, bias):
    def _make_layer(input):
        conv = tf.nn.conv2d(input, tf.constant(weights), strides=[1, 1, 1, 1],
                padding='SAME')
        return tf.nn.bias_add(conv, bias)
    return _make_layer

def _pool_layer():
    def _make_layer(input):
        return tf.nn.max_pool(input, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME')
    return _make_layer

def _add_layer(input_image, layers, func):
    if not layers:
        new = func(input_image)
    else:
        new = func(layers[-1])
    layers.append(new)

def net(data_path, input_image):
    layers = VGG_LAYERS

    data = _fake_vgg_mat()
    mean = data['normalization'][0][0][0]
    mean_pixel = np.mean(mean, axis=(0, 1))
    constants = data['layers'][0]

    net = []
    for i, kind in enumerate(layers):
        short = kind[:4]
        if short == 'conv':
            weights = constants[i][0][0][0][0][0]
            # in matconvnet, weights are [width, height, depth, num_filters]
            # but in tensorflow, [height, width, in_channels, out_channels]
            weights = np.transpose(weights, (1, 0, 2, 3))
            bias = constants[i][0][0][0][0][1].reshape(-1)
            new = _conv_layer(weights, bias)
        elif short == 'relu':
            new = tf.nn.relu
        elif short == 'pool':
            new = _pool_layer()
        else:
            raise ValueError('invalid layer type: %s' % kind)
        _add_layer(input_image, net, new)

    assert len(layers) == len(net)

    return dict(zip(layers, net)), mean_pixel

def preprocess(image, mean_pixel):
    return image - mean_pixel

def unprocess(image, mean_pixel):
    image = image + mean_pixel
    return image


class vgg:
    net = staticmethod(net)
    preprocess = staticmethod(preprocess)
    unprocess = staticmethod(unprocess)


# stylize.py
CONTENT_LAYER = 'relu4_2'
STYLE_LAYERS = ('relu1_1', 'relu2_1', 'relu3_1', 'relu4_1', 'relu5_1')

def stylize(network, initial, content, style, iterations,
        content_weight, style_weight, tv_weight,
        learning_rate, print_iter=None):
    shape = (1,) + content.shape
    style_shape = (1,) + style.shape
    content_features = {}
    style_features = {}

    g = tf.Graph()
    with g.as_default(), g.device('/cpu:0'), tf.Session() as sess:
        image = tf.placeholder('float', shape=shape)
        net, mean_pixel = vgg.net(network, image)
        content_pre = np.array([vgg.preprocess(content, mean_pixel)])
        content_features[CONTENT_LAYER] = net[CONTENT_LAYER].eval(
                feed_dict={image: content_pre})

    g = tf.Graph()
    with g.as_default(), g.device('/cpu:0'), tf.Session() as sess:
        image = tf.placeholder('float', shape=style_shape)
        net, _ = vgg.net(network, image)
        style_pre = np.array([vgg.preprocess(style, mean_pixel)])
        for layer in STYLE_LAYERS:
            features = net[layer].eval(feed_dict={image: style_pre})
            features = np.reshape(features, (-1, features.shape[3]))
            gram = np.matmul(features.T, features) / (features.size)
            style_features[layer] = gram

    with tf.Graph().as_default():
        if initial is None:
            noise = np.random.normal(size=shape, scale=np.std(content) * 0.1)
            initial = tf.random_normal(shape) * 256 / 1000
        else:
            initial = np.array([vgg.preprocess(initial, mean_pixel)])
            initial = initial.astype('float32')
        image = tf.Variable(initial)
        net, _ = vgg.net(network, image)

        content_loss = content_weight * (2 * tf.nn.l2_loss(
                net[CONTENT_LAYER] - content_features[CONTENT_LAYER]) /
                content_features[CONTENT_LAYER].size)
        style_losses = []
        for i in STYLE_LAYERS:
            layer = net[i]
            _, height, width, number = map(lambda i: i.value, layer.get_shape())
            size = height * width * number
            feats = tf.reshape(layer, (-1, number))
            gram = tf.matmul(tf.transpose(feats), feats) / (size)
            style_gram = style_features[i]
            style_losses.append(2 * tf.nn.l2_loss(gram - style_gram) / style_gram.size)
        style_loss = style_weight * reduce(tf.add, style_losses)
        tv_loss = tv_weight * (tf.nn.l2_loss(image[:,1:,:,:] - image[:,:shape[1]-1,:,:]) +
                tf.nn.l2_loss(image[:,:,1:,:] - image[:,:,:shape[2]-1,:]))
        loss = content_loss + style_loss + tv_loss

        train_step = tf.train.AdamOptimizer(learning_rate).minimize(loss)

        with tf.Session() as sess:
            sess.run(tf.initialize_all_variables())
            for i in range(iterations):
                if print_iter is not None and i % print_iter == 0:
                    print('  content loss: %g' % (content_loss.eval()))
                    print('    style loss: %g' % (style_loss.eval()))
                    print('       tv loss: %g' % (tv_loss.eval()))
                    print('    total loss: %g' % loss.eval())
                print('Iteration %d/%d' % (i + 1, iterations))
                train_step.run()
            result = vgg.unprocess(image.eval().reshape(shape[1:]), mean_pixel)
        for op in tf.get_default_graph().get_operations():
            print(op.name, op.type)
        for v in tf.global_variables():
            print(v.name, v.shape)
        return result


content = np.linspace(0.0, 255.0, 8 * 8 * 3).reshape(8, 8, 3)
style = np.linspace(255.0, 0.0, 6 * 6 * 3).reshape(6, 6, 3)
out = stylize('imagenet-vgg-verydeep-19.mat', content, content, style, 2,
              5e0, 1e2, 1e2, 1e1, print_iter=None)
print(out.shape, out.dtype)
