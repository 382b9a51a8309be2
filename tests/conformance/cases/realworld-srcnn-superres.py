# source: tegg89/SRCNN-Tensorflow model.py (SRCNN.build_model, model and the optimizer of train() kept as written; image_size 33 -> 13, label_size 21 -> 1, filters 64/32 -> 3/2; the sess argument, h5 data, checkpoint load/save, image merging and the epoch loop dropped: one training step on fixed numpy batches and one prediction)
import numpy as np
import tensorflow as tf

class SRCNN(object):

  def __init__(self,
               sess,
               image_size=13,
               label_size=1,
               batch_size=2,
               c_dim=1,
               checkpoint_dir=None,
               sample_dir=None):

    self.sess = sess
    self.is_grayscale = (c_dim == 1)
    self.image_size = image_size
    self.label_size = label_size
    self.batch_size = batch_size

    self.c_dim = c_dim

    self.checkpoint_dir = checkpoint_dir
    self.sample_dir = sample_dir
    self.build_model()

  def build_model(self):
    self.images = tf.placeholder(tf.float32, [None, self.image_size, self.image_size, self.c_dim], name='images')
    self.labels = tf.placeholder(tf.float32, [None, self.label_size, self.label_size, self.c_dim], name='labels')

    self.weights = {
      'w1': tf.Variable(tf.random_normal([9, 9, 1, 3], stddev=1e-3), name='w1'),
      'w2': tf.Variable(tf.random_normal([1, 1, 3, 2], stddev=1e-3), name='w2'),
      'w3': tf.Variable(tf.random_normal([5, 5, 2, 1], stddev=1e-3), name='w3')
    }
    self.biases = {
      'b1': tf.Variable(tf.zeros([3]), name='b1'),
      'b2': tf.Variable(tf.zeros([2]), name='b2'),
      'b3': tf.Variable(tf.zeros([1]), name='b3')
    }

    self.pred = self.model()

    # Loss function (MSE)
    self.loss = tf.reduce_mean(tf.square(self.labels - self.pred))

    self.saver = tf.train.Saver()

  def train(self, config):
    train_data = np.linspace(0.0, 1.0, 2 * 13 * 13).reshape(2, 13, 13, 1).astype(np.float32)
    train_label = np.full((2, 1, 1, 1), 0.5, np.float32)

    # Stochastic gradient descent with the standard backpropagation
    self.train_op = tf.train.GradientDescentOptimizer(config.learning_rate).minimize(self.loss)

    tf.initialize_all_variables().run()

    _, err = self.sess.run([self.train_op, self.loss], feed_dict={self.images: train_data, self.labels: train_label})
    print("loss", np.shape(err), type(err).__name__)
    result = self.pred.eval({self.images: train_data, self.labels: train_label})
    print(result.shape)

  def model(self):
    conv1 = tf.nn.relu(tf.nn.conv2d(self.images, self.weights['w1'], strides=[1,1,1,1], padding='VALID') + self.biases['b1'])
    conv2 = tf.nn.relu(tf.nn.conv2d(conv1, self.weights['w2'], strides=[1,1,1,1], padding='VALID') + self.biases['b2'])
    conv3 = tf.nn.conv2d(conv2, self.weights['w3'], strides=[1,1,1,1], padding='VALID') + self.biases['b3']
    return conv3

class config:
  learning_rate = 1e-4
  is_train = True

with tf.Session() as sess:
  srcnn = SRCNN(sess, image_size=13, label_size=1, batch_size=2, c_dim=1, checkpoint_dir="checkpoint", sample_dir="sample")
  srcnn.train(config)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
