# source: tensorflow/tensorflow tensorflow/examples/tutorials/mnist/mnist_with_summaries.py (train()'s graph kept as written: name scopes, variable_summaries, image/histogram/scalar summaries, merge_all; the positional softmax_cross_entropy_with_logits(y, y_) given keywords (TF >= 1.0 refuses positional ones); 28x28 images -> 4x4 (784 -> 16), hidden 500 -> 6, 10 classes -> 3; input_data, the tf.train.SummaryWriter writers, argparse and the step loop dropped: one training step and one accuracy run on fixed numpy batches, the merged summary built but not run (its image summary encodes PNGs))
from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import numpy as np
import tensorflow as tf


class FLAGS:
  learning_rate = 0.001
  dropout = 0.9


def train():
  sess = tf.InteractiveSession()
  # Create a multilayer model.

  # Input placeholders
  with tf.name_scope('input'):
    x = tf.placeholder(tf.float32, [None, 16], name='x-input')
    y_ = tf.placeholder(tf.float32, [None, 3], name='y-input')

  with tf.name_scope('input_reshape'):
    image_shaped_input = tf.reshape(x, [-1, 4, 4, 1])
    tf.summary.image('input', image_shaped_input, 10)

  # We can't initialize these variables to 0 - the network will get stuck.
  def weight_variable(shape):
    """Create a weight variable with appropriate initialization."""
    initial = tf.truncated_normal(shape, stddev=0.1)
    return tf.Variable(initial)

  def bias_variable(shape):
    """Create a bias variable with appropriate initialization."""
    initial = tf.constant(0.1, shape=shape)
    return tf.Variable(initial)

  def variable_summaries(var):
    """Attach a lot of summaries to a Tensor (for TensorBoard visualization)."""
    with tf.name_scope('summaries'):
      mean = tf.reduce_mean(var)
      tf.summary.scalar('mean', mean)
      with tf.name_scope('stddev'):
        stddev = tf.sqrt(tf.reduce_mean(tf.square(var - mean)))
      tf.summary.scalar('stddev', stddev)
      tf.summary.scalar('max', tf.reduce_max(var))
      tf.summary.scalar('min', tf.reduce_min(var))
      tf.summary.histogram('histogram', var)

  def nn_layer(input_tensor, input_dim, output_dim, layer_name, act=tf.nn.relu):
    """Reusable code for making a simple neural net layer.

    It does a matrix multiply, bias add, and then uses relu to nonlinearize.
    It also sets up name scoping so that the resultant graph is easy to read,
    and adds a number of summary ops.
    """
    # Adding a name scope ensures logical grouping of the layers in the graph.
    with tf.name_scope(layer_name):
      # This Variable will hold the state of the weights for the layer
      with tf.name_scope('weights'):
        weights = weight_variable([input_dim, output_dim])
        variable_summaries(weights)
      with tf.name_scope('biases'):
        biases = bias_variable([output_dim])
        variable_summaries(biases)
      with tf.name_scope('Wx_plus_b'):
        preactivate = tf.matmul(input_tensor, weights) + biases
        tf.summary.histogram('pre_activations', preactivate)
      activations = act(preactivate, name='activation')
      tf.summary.histogram('activations', activations)
      return activations

  hidden1 = nn_layer(x, 16, 6, 'layer1')

  with tf.name_scope('dropout'):
    keep_prob = tf.placeholder(tf.float32)
    tf.summary.scalar('dropout_keep_probability', keep_prob)
    dropped = tf.nn.dropout(hidden1, keep_prob)

  # Do not apply softmax activation yet, see below.
  y = nn_layer(dropped, 6, 3, 'layer2', act=tf.identity)

  with tf.name_scope('cross_entropy'):
    diff = tf.nn.softmax_cross_entropy_with_logits(logits=y, labels=y_)
    with tf.name_scope('total'):
      cross_entropy = tf.reduce_mean(diff)
  tf.summary.scalar('cross_entropy', cross_entropy)

  with tf.name_scope('train'):
    train_step = tf.train.AdamOptimizer(FLAGS.learning_rate).minimize(
        cross_entropy)

  with tf.name_scope('accuracy'):
    with tf.name_scope('correct_prediction'):
      correct_prediction = tf.equal(tf.argmax(y, 1), tf.argmax(y_, 1))
    with tf.name_scope('accuracy'):
      accuracy = tf.reduce_mean(tf.cast(correct_prediction, tf.float32))
  tf.summary.scalar('accuracy', accuracy)

  # Merge all the summaries
  merged = tf.summary.merge_all()
  tf.initialize_all_variables().run()

  xs = np.linspace(0.0, 1.0, 4 * 16).reshape(4, 16).astype(np.float32)
  ys = np.eye(3, dtype=np.float32)[[0, 1, 2, 1]]

  def feed_dict(train):
    """Make a TensorFlow feed_dict: maps data onto Tensor placeholders."""
    if train:
      k = FLAGS.dropout
    else:
      k = 1.0
    return {x: xs, y_: ys, keep_prob: k}

  sess.run(train_step, feed_dict=feed_dict(True))
  acc = sess.run(accuracy, feed_dict=feed_dict(False))
  print('Accuracy at step %s: %s' % (1, type(acc).__name__))
  print(merged.name, len(tf.get_collection(tf.GraphKeys.SUMMARIES)))
  sess.close()


train()

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
