# source: DrSleep/tensorflow-deeplab-lfov deeplab_lfov/model.py, train.py (the pickled net_skeleton -> the (name, shape) list it holds, channels 64/128/256/512/1024 -> 2/2/3/3/4; pre-1.0 calls given their TF1 forms: xrange -> range, tf.pack -> tf.stack, softmax_cross_entropy_with_logits(prediction, gt) -> keywords; tf.contrib.layers.xavier_initializer_conv2d -> tf.glorot_uniform_initializer, the same uniform variance-scaling ops; ImageReader's queues -> image/label placeholders of 12x12, argparse constants inlined; ConfigProto, plotting, checkpoint loading and the training loop dropped, one step kept)
import numpy as np
import tensorflow as tf
CH = [2, 2, 3, 3, 4, 4, 4]
num_layers    = [2, 2, 3, 3, 3, 1, 1, 1]
dilations     = [[1, 1],
                 [1, 1],
                 [1, 1, 1],
                 [1, 1, 1],
                 [2, 2, 2],
                 [12],
                 [1],
                 [1]]
n_classes = 21
ks = 3
net_skeleton = []
_in = 3
for _b, _n in enumerate(num_layers[:-1]):
    for _l in range(_n):
        net_skeleton.append(("conv%d_%d/w" % (_b + 1, _l + 1), (ks, ks, _in, CH[_b])))
        net_skeleton.append(("conv%d_%d/b" % (_b + 1, _l + 1), (CH[_b],)))
        _in = CH[_b]
net_skeleton.append(("fc8_voc12/w", (1, 1, _in, n_classes)))
net_skeleton.append(("fc8_voc12/b", (n_classes,)))
def create_variable(name, shape):
    initialiser = tf.glorot_uniform_initializer(dtype=tf.float32)
    variable = tf.Variable(initialiser(shape=shape), name=name)
    return variable
def create_bias_variable(name, shape):
    initialiser = tf.constant_initializer(value=0.0, dtype=tf.float32)
    variable = tf.Variable(initialiser(shape=shape), name=name)
    return variable
class DeepLabLFOVModel(object):
    def __init__(self, weights_path=None):
        self.variables = self._create_variables(weights_path)
    def _create_variables(self, weights_path):
        var = list()
        index = 0
        for name, shape in net_skeleton:
            if "/w" in name:
                w = create_variable(name, list(shape))
                var.append(w)
            else:
                b = create_bias_variable(name, list(shape))
                var.append(b)
        return var
    def _create_network(self, input_batch, keep_prob):
        current = input_batch
        v_idx = 0
        for b_idx in range(len(dilations) - 1):
            for l_idx, dilation in enumerate(dilations[b_idx]):
                w = self.variables[v_idx * 2]
                b = self.variables[v_idx * 2 + 1]
                if dilation == 1:
                    conv = tf.nn.conv2d(current, w, strides=[1, 1, 1, 1], padding='SAME')
                else:
                    conv = tf.nn.atrous_conv2d(current, w, dilation, padding='SAME')
                current = tf.nn.relu(tf.nn.bias_add(conv, b))
                v_idx += 1
            if b_idx < 3:
                current = tf.nn.max_pool(current,
                                         ksize=[1, ks, ks, 1],
                                         strides=[1, 2, 2, 1],
                                         padding='SAME')
            elif b_idx == 3:
                current = tf.nn.max_pool(current,
                             ksize=[1, ks, ks, 1],
                             strides=[1, 1, 1, 1],
                             padding='SAME')
            elif b_idx == 4:
                current = tf.nn.max_pool(current,
                                         ksize=[1, ks, ks, 1],
                                         strides=[1, 1, 1, 1],
                                         padding='SAME')
                current = tf.nn.avg_pool(current,
                                         ksize=[1, ks, ks, 1],
                                         strides=[1, 1, 1, 1],
                                         padding='SAME')
            elif b_idx <= 6:
                current = tf.nn.dropout(current, keep_prob=keep_prob)
        w = self.variables[v_idx * 2]
        b = self.variables[v_idx * 2 + 1]
        conv = tf.nn.conv2d(current, w, strides=[1, 1, 1, 1], padding='SAME')
        current = tf.nn.bias_add(conv, b)
        return current
    def prepare_label(self, input_batch, new_size):
        with tf.name_scope('label_encode'):
            input_batch = tf.image.resize_nearest_neighbor(input_batch, new_size)
            input_batch = tf.squeeze(input_batch, squeeze_dims=[3])
            input_batch = tf.one_hot(input_batch, depth=21)
        return input_batch
    def preds(self, input_batch):
        raw_output = self._create_network(tf.cast(input_batch, tf.float32), keep_prob=tf.constant(1.0))
        raw_output = tf.image.resize_bilinear(raw_output, tf.shape(input_batch)[1:3,])
        raw_output = tf.argmax(raw_output, dimension=3)
        raw_output = tf.expand_dims(raw_output, dim=3)
        return tf.cast(raw_output, tf.uint8)
    def loss(self, img_batch, label_batch):
        raw_output = self._create_network(tf.cast(img_batch, tf.float32), keep_prob=tf.constant(0.5))
        prediction = tf.reshape(raw_output, [-1, n_classes])
        label_batch = self.prepare_label(label_batch, tf.stack(raw_output.get_shape()[1:3]))
        gt = tf.reshape(label_batch, [-1, n_classes])
        loss = tf.nn.softmax_cross_entropy_with_logits(logits=prediction, labels=gt)
        reduced_loss = tf.reduce_mean(loss)
        return reduced_loss
MEAN_IMG = tf.Variable(np.array((104.00698793,116.66876762,122.67891434)), trainable=False, dtype=tf.float32)
with tf.name_scope("create_inputs"):
    image_batch = tf.placeholder(tf.float32, [2, 12, 12, 3], name="image_batch")
    label_batch = tf.placeholder(tf.uint8, [2, 12, 12, 1], name="label_batch")
net = DeepLabLFOVModel(None)
loss = net.loss(image_batch, label_batch)
optimiser = tf.train.AdamOptimizer(learning_rate=1e-4)
trainable = tf.trainable_variables()
optim = optimiser.minimize(loss, var_list=trainable)
pred = net.preds(image_batch)
sess = tf.Session()
init = tf.initialize_all_variables()
sess.run(init)
saver = tf.train.Saver(var_list=trainable, max_to_keep=40)
images = np.linspace(-1.0, 1.0, 2 * 12 * 12 * 3).reshape(2, 12, 12, 3)
labels = (np.arange(2 * 12 * 12).reshape(2, 12, 12, 1) % 21).astype(np.uint8)
loss_value, preds, _ = sess.run([loss, pred, optim], {image_batch: images, label_batch: labels})
print(np.shape(loss_value), preds.shape, preds.dtype)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
