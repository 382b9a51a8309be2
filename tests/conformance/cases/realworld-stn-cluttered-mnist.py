# source: kevinzakka/spatial-transformer-network stn/transformer.py, utils/layer_utils.py, main.py (tf.contrib.layers.variance_scaling_initializer() -> tf.variance_scaling_initializer(scale=2.0), the same truncated-normal initializer ops; tf.contrib.layers.batch_norm(is_training=phase, scope=name) -> tf.layers.batch_normalization(training=phase, name=name), the same four variables per scope; 60x60 images -> 12x12, filters 32/64/128 -> 2/3/4, dense 2048/512 -> 8/6, 10 classes -> 3; data loading, plotting, FileWriter and the training loop dropped; one identity-theta run of the transformer added)
import numpy as np
import tensorflow as tf
def spatial_transformer_network(input_fmap, theta, out_dims=None, **kwargs):
    B = tf.shape(input_fmap)[0]
    H = tf.shape(input_fmap)[1]
    W = tf.shape(input_fmap)[2]
    theta = tf.reshape(theta, [B, 2, 3])
    if out_dims:
        out_H = out_dims[0]
        out_W = out_dims[1]
        batch_grids = affine_grid_generator(out_H, out_W, theta)
    else:
        batch_grids = affine_grid_generator(H, W, theta)
    x_s = batch_grids[:, 0, :, :]
    y_s = batch_grids[:, 1, :, :]
    out_fmap = bilinear_sampler(input_fmap, x_s, y_s)
    return out_fmap
def get_pixel_value(img, x, y):
    shape = tf.shape(x)
    batch_size = shape[0]
    height = shape[1]
    width = shape[2]
    batch_idx = tf.range(0, batch_size)
    batch_idx = tf.reshape(batch_idx, (batch_size, 1, 1))
    b = tf.tile(batch_idx, (1, height, width))
    indices = tf.stack([b, y, x], 3)
    return tf.gather_nd(img, indices)
def affine_grid_generator(height, width, theta):
    num_batch = tf.shape(theta)[0]
    x = tf.linspace(-1.0, 1.0, width)
    y = tf.linspace(-1.0, 1.0, height)
    x_t, y_t = tf.meshgrid(x, y)
    x_t_flat = tf.reshape(x_t, [-1])
    y_t_flat = tf.reshape(y_t, [-1])
    ones = tf.ones_like(x_t_flat)
    sampling_grid = tf.stack([x_t_flat, y_t_flat, ones])
    sampling_grid = tf.expand_dims(sampling_grid, axis=0)
    sampling_grid = tf.tile(sampling_grid, tf.stack([num_batch, 1, 1]))
    theta = tf.cast(theta, 'float32')
    sampling_grid = tf.cast(sampling_grid, 'float32')
    batch_grids = tf.matmul(theta, sampling_grid)
    batch_grids = tf.reshape(batch_grids, [num_batch, 2, height, width])
    return batch_grids
def bilinear_sampler(img, x, y):
    H = tf.shape(img)[1]
    W = tf.shape(img)[2]
    max_y = tf.cast(H - 1, 'int32')
    max_x = tf.cast(W - 1, 'int32')
    zero = tf.zeros([], dtype='int32')
    x = tf.cast(x, 'float32')
    y = tf.cast(y, 'float32')
    x = 0.5 * ((x + 1.0) * tf.cast(max_x-1, 'float32'))
    y = 0.5 * ((y + 1.0) * tf.cast(max_y-1, 'float32'))
    x0 = tf.cast(tf.floor(x), 'int32')
    x1 = x0 + 1
    y0 = tf.cast(tf.floor(y), 'int32')
    y1 = y0 + 1
    x0 = tf.clip_by_value(x0, zero, max_x)
    x1 = tf.clip_by_value(x1, zero, max_x)
    y0 = tf.clip_by_value(y0, zero, max_y)
    y1 = tf.clip_by_value(y1, zero, max_y)
    Ia = get_pixel_value(img, x0, y0)
    Ib = get_pixel_value(img, x0, y1)
    Ic = get_pixel_value(img, x1, y0)
    Id = get_pixel_value(img, x1, y1)
    x0 = tf.cast(x0, 'float32')
    x1 = tf.cast(x1, 'float32')
    y0 = tf.cast(y0, 'float32')
    y1 = tf.cast(y1, 'float32')
    wa = (x1-x) * (y1-y)
    wb = (x1-x) * (y-y0)
    wc = (x-x0) * (y1-y)
    wd = (x-x0) * (y-y0)
    wa = tf.expand_dims(wa, axis=3)
    wb = tf.expand_dims(wb, axis=3)
    wc = tf.expand_dims(wc, axis=3)
    wd = tf.expand_dims(wd, axis=3)
    out = tf.add_n([wa*Ia, wb*Ib, wc*Ic, wd*Id])
    return out
stn = spatial_transformer_network
def init_weights(name, shape):
    init = tf.variance_scaling_initializer(scale=2.0)
    W = tf.get_variable(name, shape, tf.float32, init)
    return W
def init_bias(name, shape, trans=False):
    init = tf.zeros_initializer
    b = tf.get_variable(name, shape, tf.float32, init)
    if trans:
        x = np.array([[1., 0, 0], [0, 1., 0]])
        x = x.astype('float32').flatten()
        b = tf.Variable(initial_value=x)
    return b
def Conv2D(input_tensor, input_shape, filter_size, num_filters, strides=1, name=None):
    shape = [filter_size, filter_size, input_shape, num_filters]
    W = init_weights(name=name+'_W' , shape=shape)
    b = init_bias(name=name+'_b', shape=shape[-1])
    conv = tf.nn.conv2d(input_tensor, W, strides=[1, strides, strides, 1], padding='SAME', name=name)
    conv = tf.nn.bias_add(conv, b)
    return conv
def MaxPooling2D(input_tensor, k=2, use_relu=False, name=None):
    pool = tf.nn.max_pool(input_tensor, ksize=[1, k, k, 1], strides=[1, k, k, 1], padding='SAME', name=name)
    if use_relu:
        pool = tf.nn.relu(pool)
    return pool
def BatchNormalization(input_tensor, phase, use_relu=False, name=None):
    normed = tf.layers.batch_normalization(input_tensor, center=True, scale=True, training=phase, name=name)
    if use_relu:
        normed = tf.nn.relu(normed)
    return normed
def Flatten(layer):
    layer_shape = layer.get_shape()
    num_features = layer_shape[1:].num_elements()
    layer_flat = tf.reshape(layer, [-1, num_features])
    return layer_flat, num_features
def Dense(input_tensor, num_inputs, num_outputs, use_relu=True, trans=False, name=None):
    shape = [num_inputs, num_outputs]
    W = init_weights(name=name+'_W' ,shape=shape)
    b = init_bias(name=name+'_b', shape=shape[-1], trans=trans)
    fc = tf.matmul(input_tensor, W, name=name) + b
    if use_relu:
        fc = tf.nn.relu(fc)
    return fc
np.random.seed(42)
H, W, C = 12, 12, 1
img_shape = (H, W, C)
img_shape_flat = H * W * C
num_classes = 3
learning_rate = 1e-3
X = tf.placeholder(tf.float32, [None, H, W, C], name='X')
y = tf.placeholder(tf.uint8, [None, num_classes], name='y')
phase = tf.placeholder(tf.bool, name='phase')
def build_convnet():
    conv1_loc = Conv2D(X, 1, 5, 2, name='conv1_loc')
    pool1_loc = MaxPooling2D(conv1_loc, use_relu=True, name='pool1_loc')
    conv2_loc = Conv2D(pool1_loc, 2, 5, 3, name='conv2_loc')
    pool2_loc = MaxPooling2D(conv2_loc, use_relu=True, name='pool2_loc')
    pool2_loc_flat, pool2_loc_size = Flatten(pool2_loc)
    fc1_loc = Dense(pool2_loc_flat, pool2_loc_size, 8, use_relu=False, name='fc1_loc')
    fc2_loc = Dense(fc1_loc, 8, 6, use_relu=True, name='fc2_loc')
    fc3_loc = Dense(fc2_loc, 6, 6, use_relu=False, trans=True, name='fc3_loc')
    h_trans = stn(X, fc3_loc)
    conv1 = Conv2D(X, 1, 5, 2, name='conv1')
    bn1 = BatchNormalization(conv1, phase, name='bn1')
    pool1 = MaxPooling2D(bn1, use_relu=True, name='pool1')
    conv2 = Conv2D(pool1, 2, 5, 3, name='conv2')
    bn2 = BatchNormalization(conv2, phase, name='bn2')
    pool2 = MaxPooling2D(bn2, use_relu=True, name='pool2')
    conv3 = Conv2D(pool2, 3, 3, 4, name='conv3')
    bn3 = BatchNormalization(conv3, phase, name='bn3')
    pool3 = MaxPooling2D(bn3, use_relu=True, name='pool3')
    pool3_flat, pool3_size = Flatten(pool3)
    fc1 = Dense(pool3_flat, pool3_size, 8, use_relu=False, name='fc1')
    bn4 = BatchNormalization(fc1, phase, use_relu=True, name='bn4')
    fc2 = Dense(bn4, 8, 6, use_relu=False, name='fc2')
    bn5 = BatchNormalization(fc2, phase, use_relu=True, name='bn5')
    logits = Dense(bn5, 6, num_classes, name='fc3', use_relu=False)
    return h_trans, logits
h_trans, logits = build_convnet()
cross_entropy = tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=y)
loss = tf.reduce_mean(cross_entropy)
global_step = tf.Variable(initial_value=0, name='global_step', trainable=False)
optimizer = tf.train.AdamOptimizer(learning_rate=learning_rate).minimize(loss, global_step)
correct_pred = tf.equal(tf.argmax(logits, 1), tf.argmax(y, 1))
accuracy = tf.reduce_mean(tf.cast(correct_pred, tf.float32))
saver = tf.train.Saver()
tf.summary.scalar('train_loss', loss)
tf.summary.scalar('train_accuracy', accuracy)
summary_op = tf.summary.merge_all()
identity = stn(X, tf.tile(tf.constant([[1., 0, 0, 0, 1., 0]]), tf.stack([tf.shape(X)[0], 1])), out_dims=(6, 5))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    batch = np.arange(2 * 12 * 12, dtype=np.float32).reshape(2, 12, 12, 1) / 10.0
    print(np.round(sess.run(identity, feed_dict={X: batch})[:, :, :, 0], 3).tolist())
    thetas = sess.run(h_trans, feed_dict={X: batch, phase: True})
    print(thetas.shape)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
