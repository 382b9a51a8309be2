# source: ChengBinJin/WGAN-GP-tensorflow src/wgan_gp.py, src/tensorflow_utils.py (WGAN_GP's graph, gradient_penalty, _tensorboard, generator, discriminator, train_step, sample_imgs and sample_z kept as written; tensorflow_utils' conv2d, deconv2d, linear, tanh, lrelu and print_activations kept except linear's tf.contrib.layers.xavier_initializer() -> tf.glorot_uniform_initializer(), the same uniform variance-scaling ops, and print_activations' logger.info (an INFO record with no handler, never shown) -> building the same text; tf.contrib.layers.flatten replaced by its body: name_scope(None, 'Flatten') around tf.layers.flatten; `import tensorflow_utils as tf_utils` -> a class of those functions as static methods; matplotlib, plots, print_info and slim's show_all_variables dropped; mnist channels gen [4096, 128, 64] -> [32, 4, 3] and dis [64, 128, 256] -> [2, 3, 4]; main.py's flags -> a plain class (batch 64 -> 2, z_dim 128 -> 4, lambda_ 10, num_critic 5 -> 2); the dataset -> a class with image_size [32, 32, 1] and fixed numpy batches; one train_step and one sample_imgs, values printed as types and shapes)
import numpy as np
import tensorflow as tf


def flatten(inputs, outputs_collections=None, scope=None):
    with tf.name_scope(scope, 'Flatten', [inputs]) as sc:
        outputs = tf.layers.flatten(inputs)
        return outputs


def conv2d(x, output_dim, k_h=5, k_w=5, d_h=2, d_w=2, stddev=0.02, padding='SAME', name='conv2d', is_print=True):
    with tf.variable_scope(name):
        w = tf.get_variable('w', [k_h, k_w, x.get_shape()[-1], output_dim],
                            initializer=tf.truncated_normal_initializer(stddev=stddev))
        conv = tf.nn.conv2d(x, w, strides=[1, d_h, d_w, 1], padding=padding)

        biases = tf.get_variable('biases', [output_dim], initializer=tf.constant_initializer(0.0))
        # conv = tf.reshape(tf.nn.bias_add(conv, biases), conv.get_shape())
        conv = tf.nn.bias_add(conv, biases)

        if is_print:
            print_activations(conv)

        return conv


def deconv2d(x, k, k_h=3, k_w=3, d_h=2, d_w=2, stddev=0.02, padding_='SAME', output_size=None,
             name='deconv2d', with_w=False, is_print=True):
    with tf.variable_scope(name):
        input_shape = x.get_shape().as_list()

        # calculate output size
        h_output, w_output = None, None
        if not output_size:
            h_output, w_output = input_shape[1] * 2, input_shape[2] * 2
        # output_shape = [input_shape[0], h_output, w_output, k]  # error when not define batch_size
        output_shape = [tf.shape(x)[0], h_output, w_output, k]

        # conv2d transpose
        w = tf.get_variable('w', [k_h, k_w, k, input_shape[3]],
                            initializer=tf.random_normal_initializer(stddev=stddev))
        deconv = tf.nn.conv2d_transpose(x, w, output_shape=output_shape, strides=[1, d_h, d_w, 1],
                                        padding=padding_)

        biases = tf.get_variable('biases', [output_shape[-1]], initializer=tf.constant_initializer(0.0))
        deconv = tf.nn.bias_add(deconv, biases)

        if is_print:
            print_activations(deconv)

        if with_w:
            return deconv, w, biases
        else:
            return deconv


def linear(x, output_size, bias_start=0.0, with_w=False, name='fc'):
    shape = x.get_shape().as_list()

    with tf.variable_scope(name):
        matrix = tf.get_variable(name="matrix", shape=[shape[1], output_size],
                                 dtype=tf.float32, initializer=tf.glorot_uniform_initializer())
        bias = tf.get_variable(name="bias", shape=[output_size],
                               initializer=tf.constant_initializer(bias_start))
        if with_w:
            return tf.matmul(x, matrix) + bias, matrix, bias
        else:
            return tf.matmul(x, matrix) + bias


def tanh(x, name='tanh', is_print=False):
    output = tf.nn.tanh(x, name=name)
    if is_print:
        print_activations(output)

    return output


def lrelu(x, leak=0.2, name='lrelu', is_print=False):
    output = tf.maximum(x, leak*x, name=name)
    if is_print:
        print_activations(output)

    return output


def print_activations(t):
    # print(t.op.name, ' ', t.get_shape().as_list())
    return t.op.name + '{}'.format(t.get_shape().as_list())


class tf_utils:
    conv2d = staticmethod(conv2d)
    deconv2d = staticmethod(deconv2d)
    linear = staticmethod(linear)
    tanh = staticmethod(tanh)
    lrelu = staticmethod(lrelu)


# noinspection PyPep8Naming
class WGAN_GP(object):
    def __init__(self, sess, flags, dataset):
        self.sess = sess
        self.flags = flags
        self.dataset = dataset
        self.image_size = dataset.image_size

        if self.flags.dataset == 'mnist':
            self.gen_c = [32, 4, 3]
            self.dis_c = [2, 3, 4]

        self._build_net()
        self._tensorboard()
        print("Initialized WGAN SUCCESS!")

    def _build_net(self):
        self.Y = tf.placeholder(tf.float32, shape=[self.flags.batch_size, *self.image_size], name='real_data')
        self.z = tf.placeholder(tf.float32, shape=[self.flags.batch_size, self.flags.z_dim], name='latent_vector')

        self.g_samples = self.generator(self.z)
        _, d_logit_real = self.discriminator(self.Y)
        _, d_logit_fake = self.discriminator(self.g_samples, is_reuse=True)

        # discriminator loss
        self.wgan_d_loss = tf.reduce_mean(d_logit_fake) - tf.reduce_mean(d_logit_real)
        # generator loss
        self.g_loss = -tf.reduce_mean(d_logit_fake)

        d_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope='d_')
        g_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope='g_')

        # gradient penalty
        self.gp_loss = self.gradient_penalty()
        self.d_loss = self.wgan_d_loss + self.flags.lambda_ * self.gp_loss

        # Optimizers for generator and discriminator
        self.gen_optim = tf.train.AdamOptimizer(
            learning_rate=self.flags.learning_rate, beta1=0.5, beta2=0.9).minimize(self.g_loss, var_list=g_vars)
        self.dis_optim = tf.train.AdamOptimizer(
            learning_rate=self.flags.learning_rate, beta1=0.5, beta2=0.9).minimize(self.d_loss, var_list=d_vars)

    def gradient_penalty(self):
        alpha = tf.random_uniform(shape=[self.flags.batch_size, 1, 1, 1], minval=0., maxval=1.)
        differences = self.g_samples - self.Y
        interpolates = self.Y + (alpha * differences)
        gradients = tf.gradients(self.discriminator(interpolates, is_reuse=True), [interpolates])[0]
        slopes = tf.sqrt(tf.reduce_sum(tf.square(gradients), reduction_indices=[1, 2, 3]))
        gradient_penalty = tf.reduce_mean((slopes-1.)**2)

        return gradient_penalty

    def _tensorboard(self):
        tf.summary.scalar('loss/negative_wgan_d_loss', -self.wgan_d_loss)
        tf.summary.scalar('loss/gp_loss', self.gp_loss)
        tf.summary.scalar('loss/negative_d_loss', -self.d_loss)  # negative critic loss
        tf.summary.scalar('loss/g_loss', self.g_loss)

        self.summary_op = tf.summary.merge_all()

    def generator(self, data, name='g_'):
        with tf.variable_scope(name):
            data_flatten = flatten(data)

            # from (N, 128) to (N, 4, 4, 256)
            h0_linear = tf_utils.linear(data_flatten, self.gen_c[0], name='h0_linear')
            h0_relu = tf.nn.relu(h0_linear, name='h0_relu')
            h0_reshape = tf.reshape(h0_relu, [tf.shape(h0_relu)[0], 4, 4, int(self.gen_c[0]/(4*4))])

            # from (N, 4, 4, 256) to (N, 8, 8, 128)
            h1_deconv = tf_utils.deconv2d(h0_reshape, self.gen_c[1], k_h=5, k_w=5, name='h1_deconv2d')
            h1_relu = tf.nn.relu(h1_deconv, name='h1_relu')

            # from (N, 8, 8, 128) to (N, 16, 16, 64)
            h2_deconv = tf_utils.deconv2d(h1_relu, self.gen_c[2], k_h=5, k_w=5, name='h2_deconv2d')
            h2_relu = tf.nn.relu(h2_deconv, name='h2_relu')

            # from (N, 16, 16, 64) to (N, 32, 32, 1)
            output = tf_utils.deconv2d(h2_relu, self.image_size[2], k_h=5, k_w=5, name='h3_deconv2d')

            return tf_utils.tanh(output)

    def discriminator(self, data, name='d_', is_reuse=False):
        with tf.variable_scope(name) as scope:
            if is_reuse is True:
                scope.reuse_variables()

            # from (N, 32, 32, 1) to (N, 16, 16, 64)
            h0_conv = tf_utils.conv2d(data, self.dis_c[0], k_h=5, k_w=5, name='h0_conv2d')
            h0_lrelu = tf_utils.lrelu(h0_conv, name='h0_lrelu')

            # from (N, 16, 16, 64) to (N, 8, 8, 128)
            h1_conv = tf_utils.conv2d(h0_lrelu, self.dis_c[1], k_h=5, k_w=5, name='h1_conv2d')
            h1_lrelu = tf_utils.lrelu(h1_conv, name='h1_lrelu')

            # from (N, 8, 8, 128) to (N, 4, 4, 256)
            h2_conv = tf_utils.conv2d(h1_lrelu, self.dis_c[2], k_h=5, k_w=5, name='h2_conv2d')
            h2_lrelu = tf_utils.lrelu(h2_conv, name='h2_lrelu')

            # from (N, 4, 4, 256) to (N, 4096) and to (N, 1)
            h2_flatten = flatten(h2_lrelu)
            h3_linear = tf_utils.linear(h2_flatten, 1, name='h3_linear')

            return tf.nn.sigmoid(h3_linear), h3_linear

    def train_step(self):
        wgan_d_loss, gp_loss, d_loss = None, None, None

        # train discriminator
        for idx in range(self.flags.num_critic):
            batch_imgs = self.dataset.train_next_batch(batch_size=self.flags.batch_size)
            dis_feed = {self.z: self.sample_z(num=self.flags.batch_size), self.Y: batch_imgs}
            dis_run = [self.dis_optim, self.wgan_d_loss, self.gp_loss, self.d_loss]
            _, wgan_d_loss, gp_loss, d_loss = self.sess.run(dis_run, feed_dict=dis_feed)

        # train generator
        batch_imgs = self.dataset.train_next_batch(batch_size=self.flags.batch_size)
        gen_feed = {self.z: self.sample_z(num=self.flags.batch_size), self.Y: batch_imgs}
        _, g_loss, summary = self.sess.run([self.gen_optim, self.g_loss, self.summary_op], feed_dict=gen_feed)

        # negative critic loss
        return [-wgan_d_loss, gp_loss, -d_loss, g_loss], summary

    def test_step(self):
        return self.sample_imgs()

    def sample_imgs(self):
        g_feed = {self.z: self.sample_z(num=self.flags.sample_batch)}
        y_fakes = self.sess.run(self.g_samples, feed_dict=g_feed)

        return [y_fakes]

    def sample_z(self, num=64):
        return np.random.uniform(-1., 1., size=[num, self.flags.z_dim])


class Flags:
    dataset = 'mnist'
    batch_size = 2
    sample_batch = 2
    z_dim = 4
    lambda_ = 10.
    learning_rate = 1e-4
    num_critic = 2


class Dataset:
    image_size = [32, 32, 1]

    def __init__(self):
        self.step = 0

    def train_next_batch(self, batch_size):
        self.step += 1
        return np.linspace(-1.0, 1.0, batch_size * 32 * 32).reshape(batch_size, 32, 32, 1) * (self.step % 3)


sess = tf.Session()
model = WGAN_GP(sess, Flags(), Dataset())
sess.run(tf.global_variables_initializer())
loss, summary = model.train_step()
print([type(l).__name__ for l in loss], type(summary).__name__)
imgs = model.test_step()
print(imgs[0].shape, imgs[0].dtype)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
