# source: znxlwm/tensorflow-MNIST-GAN-DCGAN tensorflow_MNIST_DCGAN.py (filters 1024/512/256/128 -> 4/4/3/2, noise 100 -> 4, batch 100 -> 2; MNIST input_data -> two fixed 28x28 images, kept through tf.image.resize_images(...).eval(); matplotlib, imageio, pickle, result folders and the epoch loop dropped, one discriminator and one generator step kept)
import numpy as np
import tensorflow as tf
def lrelu(x, th=0.2):
    return tf.maximum(th * x, x)
def generator(x, isTrain=True, reuse=False):
    with tf.variable_scope('generator', reuse=reuse):
        conv1 = tf.layers.conv2d_transpose(x, 4, [4, 4], strides=(1, 1), padding='valid')
        lrelu1 = lrelu(tf.layers.batch_normalization(conv1, training=isTrain), 0.2)
        conv2 = tf.layers.conv2d_transpose(lrelu1, 4, [4, 4], strides=(2, 2), padding='same')
        lrelu2 = lrelu(tf.layers.batch_normalization(conv2, training=isTrain), 0.2)
        conv3 = tf.layers.conv2d_transpose(lrelu2, 3, [4, 4], strides=(2, 2), padding='same')
        lrelu3 = lrelu(tf.layers.batch_normalization(conv3, training=isTrain), 0.2)
        conv4 = tf.layers.conv2d_transpose(lrelu3, 2, [4, 4], strides=(2, 2), padding='same')
        lrelu4 = lrelu(tf.layers.batch_normalization(conv4, training=isTrain), 0.2)
        conv5 = tf.layers.conv2d_transpose(lrelu4, 1, [4, 4], strides=(2, 2), padding='same')
        o = tf.nn.tanh(conv5)
        return o
def discriminator(x, isTrain=True, reuse=False):
    with tf.variable_scope('discriminator', reuse=reuse):
        conv1 = tf.layers.conv2d(x, 2, [4, 4], strides=(2, 2), padding='same')
        lrelu1 = lrelu(conv1, 0.2)
        conv2 = tf.layers.conv2d(lrelu1, 3, [4, 4], strides=(2, 2), padding='same')
        lrelu2 = lrelu(tf.layers.batch_normalization(conv2, training=isTrain), 0.2)
        conv3 = tf.layers.conv2d(lrelu2, 4, [4, 4], strides=(2, 2), padding='same')
        lrelu3 = lrelu(tf.layers.batch_normalization(conv3, training=isTrain), 0.2)
        conv4 = tf.layers.conv2d(lrelu3, 4, [4, 4], strides=(2, 2), padding='same')
        lrelu4 = lrelu(tf.layers.batch_normalization(conv4, training=isTrain), 0.2)
        conv5 = tf.layers.conv2d(lrelu4, 1, [4, 4], strides=(1, 1), padding='valid')
        o = tf.nn.sigmoid(conv5)
        return o, conv5
np.random.seed(0)
fixed_z_ = np.random.normal(0, 1, (25, 1, 1, 4))
batch_size = 2
lr = 0.0002
mnist_train_images = np.linspace(0.0, 1.0, 2 * 28 * 28).reshape(2, 28, 28, 1).astype(np.float32)
x = tf.placeholder(tf.float32, shape=(None, 64, 64, 1))
z = tf.placeholder(tf.float32, shape=(None, 1, 1, 4))
isTrain = tf.placeholder(dtype=tf.bool)
G_z = generator(z, isTrain)
D_real, D_real_logits = discriminator(x, isTrain)
D_fake, D_fake_logits = discriminator(G_z, isTrain, reuse=True)
D_loss_real = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(logits=D_real_logits, labels=tf.ones([batch_size, 1, 1, 1])))
D_loss_fake = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(logits=D_fake_logits, labels=tf.zeros([batch_size, 1, 1, 1])))
D_loss = D_loss_real + D_loss_fake
G_loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(logits=D_fake_logits, labels=tf.ones([batch_size, 1, 1, 1])))
T_vars = tf.trainable_variables()
D_vars = [var for var in T_vars if var.name.startswith('discriminator')]
G_vars = [var for var in T_vars if var.name.startswith('generator')]
with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
    D_optim = tf.train.AdamOptimizer(lr, beta1=0.5).minimize(D_loss, var_list=D_vars)
    G_optim = tf.train.AdamOptimizer(lr, beta1=0.5).minimize(G_loss, var_list=G_vars)
sess = tf.InteractiveSession()
tf.global_variables_initializer().run()
train_set = tf.image.resize_images(mnist_train_images, [64, 64]).eval()
train_set = (train_set - 0.5) / 0.5
print(train_set.shape, train_set.dtype, np.round(train_set[0, 30:34, 30:34, 0], 4).tolist())
x_ = train_set[0:batch_size]
z_ = np.random.normal(0, 1, (batch_size, 1, 1, 4))
loss_d_, _ = sess.run([D_loss, D_optim], {x: x_, z: z_, isTrain: True})
z_ = np.random.normal(0, 1, (batch_size, 1, 1, 4))
loss_g_, _ = sess.run([G_loss, G_optim], {z: z_, x: x_, isTrain: True})
test_images = sess.run(G_z, {z: fixed_z_, isTrain: False})
print(np.shape(loss_d_), np.shape(loss_g_), test_images.shape)
sess.close()

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
