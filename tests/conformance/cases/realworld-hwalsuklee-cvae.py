# source: hwalsuklee/tensorflow-mnist-CVAE vae.py, run_main.py (vae.py unchanged except tf.contrib.layers.variance_scaling_initializer() -> tf.variance_scaling_initializer(scale=2.0), the same truncated-normal ops; run_main's graph kept as written with dim_z 2 and PMLR on (so the reusing decoder is built): 28x28 images -> 4x4, n_hidden 500 -> 6, 10 labels -> 3; argparse, mnist_data, plot_utils and the epoch loop dropped: the initializer run with its feed, one training step and the two PMLR runs on fixed numpy batches)
import numpy as np
import tensorflow as tf

# Gaussian MLP as conditional encoder
def gaussian_MLP_conditional_encoder(x, y, n_hidden, n_output, keep_prob):
    with tf.variable_scope("gaussian_MLP_encoder"):
        # concatenate condition and image
        dim_y = int(y.get_shape()[1])
        input = tf.concat(axis=1, values=[x, y])

        # initializers
        w_init = tf.variance_scaling_initializer(scale=2.0)
        b_init = tf.constant_initializer(0.)

        # 1st hidden layer
        w0 = tf.get_variable('w0', [input.get_shape()[1], n_hidden+dim_y], initializer=w_init)
        b0 = tf.get_variable('b0', [n_hidden+dim_y], initializer=b_init)
        h0 = tf.matmul(input, w0) + b0
        h0 = tf.nn.elu(h0)
        h0 = tf.nn.dropout(h0, keep_prob)

        # 2nd hidden layer
        w1 = tf.get_variable('w1', [h0.get_shape()[1], n_hidden], initializer=w_init)
        b1 = tf.get_variable('b1', [n_hidden], initializer=b_init)
        h1 = tf.matmul(h0, w1) + b1
        h1 = tf.nn.tanh(h1)
        h1 = tf.nn.dropout(h1, keep_prob)

        # output layer
        # borrowed from https: // github.com / altosaar / vae / blob / master / vae.py
        wo = tf.get_variable('wo', [h1.get_shape()[1], n_output * 2], initializer=w_init)
        bo = tf.get_variable('bo', [n_output * 2], initializer=b_init)
        gaussian_params = tf.matmul(h1, wo) + bo

        # The mean parameter is unconstrained
        mean = gaussian_params[:, :n_output]
        # The standard deviation must be positive. Parametrize with a softplus and
        # add a small epsilon for numerical stability
        stddev = 1e-6 + tf.nn.softplus(gaussian_params[:, n_output:])

    return mean, stddev

# Bernoulli MLP as conditional decoder
def bernoulli_MLP_conditional_decoder(z, y, n_hidden, n_output, keep_prob, reuse=False):

    with tf.variable_scope("bernoulli_MLP_decoder", reuse=reuse):
        # concatenate condition and latent vectors
        input = tf.concat(axis=1, values=[z, y])

        # initializers
        w_init = tf.variance_scaling_initializer(scale=2.0)
        b_init = tf.constant_initializer(0.)

        # 1st hidden layer
        w0 = tf.get_variable('w0', [input.get_shape()[1], n_hidden], initializer=w_init)
        b0 = tf.get_variable('b0', [n_hidden], initializer=b_init)
        h0 = tf.matmul(input, w0) + b0
        h0 = tf.nn.tanh(h0)
        h0 = tf.nn.dropout(h0, keep_prob)

        # 2nd hidden layer
        w1 = tf.get_variable('w1', [h0.get_shape()[1], n_hidden], initializer=w_init)
        b1 = tf.get_variable('b1', [n_hidden], initializer=b_init)
        h1 = tf.matmul(h0, w1) + b1
        h1 = tf.nn.elu(h1)
        h1 = tf.nn.dropout(h1, keep_prob)

        # output layer-mean
        wo = tf.get_variable('wo', [h1.get_shape()[1], n_output], initializer=w_init)
        bo = tf.get_variable('bo', [n_output], initializer=b_init)
        y = tf.sigmoid(tf.matmul(h1, wo) + bo)

    return y

# Gateway
def autoencoder(x_hat, x, y, dim_img, dim_z, n_hidden, keep_prob):

    # encoding
    mu, sigma = gaussian_MLP_conditional_encoder(x_hat, y, n_hidden, dim_z, keep_prob)

    # sampling by re-parameterization technique
    z = mu + sigma * tf.random_normal(tf.shape(mu), 0, 1, dtype=tf.float32)

    # decoding
    x_ = bernoulli_MLP_conditional_decoder(z, y, n_hidden, dim_img, keep_prob)
    x_ = tf.clip_by_value(x_, 1e-8, 1 - 1e-8)

    # ELBO
    marginal_likelihood = tf.reduce_sum(x * tf.log(x_) + (1 - x) * tf.log(1 - x_), 1)
    KL_divergence = 0.5 * tf.reduce_sum(tf.square(mu) + tf.square(sigma) - tf.log(1e-8 + tf.square(sigma)) - 1, 1)

    marginal_likelihood = tf.reduce_mean(marginal_likelihood)
    KL_divergence = tf.reduce_mean(KL_divergence)

    ELBO = marginal_likelihood - KL_divergence

    # minimize loss instead of maximizing ELBO
    loss = -ELBO

    return x_, z, loss, -marginal_likelihood, KL_divergence

# Conditional Decoder (Generator)
def decoder(z, y, dim_img, n_hidden):

    x_ = bernoulli_MLP_conditional_decoder(z, y, n_hidden, dim_img, 1.0, reuse=True)

    return x_


IMAGE_SIZE_MNIST = 4
NUM_LABELS = 3
n_hidden = 6
dim_img = IMAGE_SIZE_MNIST**2  # number of pixels for a MNIST image
dim_z = 2
learn_rate = 1e-3
PMLR = True

x_hat = tf.placeholder(tf.float32, shape=[None, dim_img], name='input_img')
x = tf.placeholder(tf.float32, shape=[None, dim_img], name='target_img')
y = tf.placeholder(tf.float32, shape=[None, NUM_LABELS], name='target_labels')

# dropout
keep_prob = tf.placeholder(tf.float32, name='keep_prob')

# input for PMLR
z_in = tf.placeholder(tf.float32, shape=[None, dim_z], name='latent_variable')
fack_id_in = tf.placeholder(tf.float32, shape=[None, NUM_LABELS], name='latent_variable') # condition

# network architecture
x_, z, loss, neg_marginal_likelihood, KL_divergence = autoencoder(x_hat, x, y, dim_img, dim_z, n_hidden, keep_prob)

# optimization
train_op = tf.train.AdamOptimizer(learn_rate).minimize(loss)

if PMLR and dim_z == 2:
    decoded = decoder(z_in, fack_id_in, dim_img, n_hidden)

batch_xs_input = np.linspace(0.0, 1.0, 4 * dim_img).reshape(4, dim_img).astype(np.float32)
batch_ys_input = np.eye(NUM_LABELS, dtype=np.float32)[[0, 1, 2, 0]]
with tf.Session() as sess:

    sess.run(tf.global_variables_initializer(), feed_dict={keep_prob : 0.9})
    _, tot_loss, loss_likelihood, loss_divergence = sess.run(
        (train_op, loss, neg_marginal_likelihood, KL_divergence),
        feed_dict={x_hat: batch_xs_input, x: batch_xs_input, y: batch_ys_input, keep_prob : 0.9})
    print(np.shape(tot_loss), np.shape(loss_likelihood), np.shape(loss_divergence))
    fake_id_PMLR = np.zeros(shape=[5, NUM_LABELS])
    fake_id_PMLR[:, 1] = 1.0
    x__PMLR = sess.run(decoded, feed_dict={z_in: np.linspace(-2, 2, 10).reshape(5, 2), fack_id_in: fake_id_PMLR, keep_prob : 1})
    z_PMLR = sess.run(z, feed_dict={x_hat: batch_xs_input, y: batch_ys_input, keep_prob : 1})
    print(x__PMLR.shape, z_PMLR.shape)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
