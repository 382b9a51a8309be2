# source: hx173149/C3D-tensorflow train_c3d_ucf101.py, c3d_model.py (placeholder_inputs, average_gradients, _variable_on_cpu, _variable_with_weight_decay, tower_loss and run_training's graph kept as written, c3d_model.py's conv3d/max_pool/inference_c3d standing in for model_build's; pre-1.0 calls in TF1 form: tf.mul -> tf.multiply, tf.concat(0, grads) -> tf.concat(grads, 0), tf.initialize_all_variables kept, the positional sparse_softmax_cross_entropy_with_logits(logits, labels) given keywords; tf.app.flags -> a plain class, gpu_num 4 -> 2, batch 16 -> 1, 16 frames of 112x112 -> 8 frames of 16x16, channels 64/128/256/512/4096 -> 2/2/3/3/4, 101 classes -> 3; log_device_placement dropped; tf.get_variable_scope().reuse_variables() -> the tower loop inside `with tf.variable_scope(tf.get_variable_scope(), reuse=tf.AUTO_REUSE):` (TF >= 1.0 refuses the loss ExponentialMovingAverage created in a reusing scope); input_data, checkpoint saving and the step loop dropped, one training step and the accuracy run kept)
import numpy as np
import tensorflow as tf

NUM_CLASSES = 3
CROP_SIZE = 16
CHANNELS = 3
NUM_FRAMES_PER_CLIP = 8

def conv3d(name, l_input, w, b):
  return tf.nn.bias_add(
          tf.nn.conv3d(l_input, w, strides=[1, 1, 1, 1, 1], padding='SAME'),
          b
          )

def max_pool(name, l_input, k):
  return tf.nn.max_pool3d(l_input, ksize=[1, k, 2, 2, 1], strides=[1, k, 2, 2, 1], padding='SAME', name=name)

def inference_c3d(_X, _dropout, batch_size, _weights, _biases):

  # Convolution Layer
  conv1 = conv3d('conv1', _X, _weights['wc1'], _biases['bc1'])
  conv1 = tf.nn.relu(conv1, 'relu1')
  pool1 = max_pool('pool1', conv1, k=1)

  # Convolution Layer
  conv2 = conv3d('conv2', pool1, _weights['wc2'], _biases['bc2'])
  conv2 = tf.nn.relu(conv2, 'relu2')
  pool2 = max_pool('pool2', conv2, k=2)

  # Convolution Layer
  conv3 = conv3d('conv3a', pool2, _weights['wc3a'], _biases['bc3a'])
  conv3 = tf.nn.relu(conv3, 'relu3a')
  conv3 = conv3d('conv3b', conv3, _weights['wc3b'], _biases['bc3b'])
  conv3 = tf.nn.relu(conv3, 'relu3b')
  pool3 = max_pool('pool3', conv3, k=2)

  # Convolution Layer
  conv4 = conv3d('conv4a', pool3, _weights['wc4a'], _biases['bc4a'])
  conv4 = tf.nn.relu(conv4, 'relu4a')
  conv4 = conv3d('conv4b', conv4, _weights['wc4b'], _biases['bc4b'])
  conv4 = tf.nn.relu(conv4, 'relu4b')
  pool4 = max_pool('pool4', conv4, k=2)

  # Convolution Layer
  conv5 = conv3d('conv5a', pool4, _weights['wc5a'], _biases['bc5a'])
  conv5 = tf.nn.relu(conv5, 'relu5a')
  conv5 = conv3d('conv5b', conv5, _weights['wc5b'], _biases['bc5b'])
  conv5 = tf.nn.relu(conv5, 'relu5b')
  pool5 = max_pool('pool5', conv5, k=2)

  # Fully connected layer
  pool5 = tf.transpose(pool5, perm=[0,1,4,2,3])
  dense1 = tf.reshape(pool5, [batch_size, _weights['wd1'].get_shape().as_list()[0]]) # Reshape conv3 output to fit dense layer input
  dense1 = tf.matmul(dense1, _weights['wd1']) + _biases['bd1']

  dense1 = tf.nn.relu(dense1, name='fc1') # Relu activation
  dense1 = tf.nn.dropout(dense1, _dropout)

  dense2 = tf.nn.relu(tf.matmul(dense1, _weights['wd2']) + _biases['bd2'], name='fc2') # Relu activation
  dense2 = tf.nn.dropout(dense2, _dropout)

  # Output: class prediction
  out = tf.matmul(dense2, _weights['out']) + _biases['out']

  return out

class FLAGS:
  learning_rate = 1e-3
  max_steps = 1
  batch_size = 1

gpu_num = 2
MOVING_AVERAGE_DECAY = 0.999

def placeholder_inputs(batch_size):
  images_placeholder = tf.placeholder(tf.float32, shape=(batch_size,
                                                         NUM_FRAMES_PER_CLIP,
                                                         CROP_SIZE,
                                                         CROP_SIZE,
                                                         CHANNELS))
  labels_placeholder = tf.placeholder(tf.int64, shape=(batch_size))
  return images_placeholder, labels_placeholder


def average_gradients(tower_grads):
  average_grads = []
  for grad_and_vars in zip(*tower_grads):
    # Note that each grad_and_vars looks like the following:
    #   ((grad0_gpu0, var0_gpu0), ... , (grad0_gpuN, var0_gpuN))
    grads = []
    for g, _ in grad_and_vars:
      # Add 0 dimension to the gradients to represent the tower.
      expanded_g = tf.expand_dims(g, 0)

      # Append on a 'tower' dimension which we will average over below.
      grads.append(expanded_g)

    # Average over the 'tower' dimension.
    grad = tf.concat(grads, 0)
    grad = tf.reduce_mean(grad, 0)

    v = grad_and_vars[0][1]
    grad_and_var = (grad, v)
    average_grads.append(grad_and_var)
  return average_grads

def _variable_on_cpu(name, shape, initializer,cpu_id):
  with tf.device('/cpu:0'):
    var = tf.get_variable(name, shape, initializer=initializer)
  return var

def _variable_with_weight_decay(name, shape, stddev, wd,cpu_id):
  var = _variable_on_cpu(name, shape,tf.truncated_normal_initializer(stddev=stddev),cpu_id)
  if wd is not None:
    weight_decay = tf.multiply(tf.nn.l2_loss(var), wd, name='weight_loss')
    tf.add_to_collection('losses', weight_decay)
  return var

def tower_loss(scope,images,labels,weights,biases,batch_size):
  logits = inference_c3d(images,0.5,batch_size,weights,biases)
  cross_entropy_mean = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(logits=logits, labels=labels))
  cross_entropy_mean = tf.Print(cross_entropy_mean,[cross_entropy_mean],'cross_entropy_mean: ')
  tf.add_to_collection('losses', cross_entropy_mean)

  losses = tf.get_collection('losses', scope)

  # Calculate the total loss for the current tower.
  total_loss = tf.add_n(losses, name='total_loss')
  total_loss = tf.Print(total_loss,[total_loss],'loss: ')

  # Compute the moving average of all individual losses and the total loss.
  loss_averages = tf.train.ExponentialMovingAverage(0.9, name='loss')
  loss_averages_op = loss_averages.apply(losses + [total_loss])

  correct_pred = tf.equal(tf.argmax(logits,1), labels)
  accuracy = tf.reduce_mean(tf.cast(correct_pred, tf.float32))

  with tf.control_dependencies([loss_averages_op]):
    total_loss = tf.identity(total_loss)
  return total_loss,accuracy

def run_training():
  with tf.Graph().as_default() as g:
    images_placeholder, labels_placeholder = placeholder_inputs(FLAGS.batch_size*gpu_num)
    lr = tf.placeholder(tf.float32, shape=[])
    tower_grads = []
    accuracys = []
    opt = tf.train.AdamOptimizer(learning_rate=lr)
    with tf.variable_scope(tf.get_variable_scope(), reuse=tf.AUTO_REUSE):
     for gpu_index in range(0,gpu_num):
      with tf.device('/gpu:%d' % (gpu_index)):
        with tf.name_scope('%s_%d' % ('c3d', gpu_index)) as scope:
          with tf.variable_scope('c3d_var') as var_scope:
            weights = {
              'wc1': _variable_with_weight_decay('wc1',[3, 3, 3, 3, 2],0.04,0.00,gpu_index),
              'wc2': _variable_with_weight_decay('wc2',[3, 3, 3, 2, 2],0.04,0.00,gpu_index),
              'wc3a': _variable_with_weight_decay('wc3a',[3, 3, 3, 2, 3],0.04,0.00,gpu_index),
              'wc3b': _variable_with_weight_decay('wc3b',[3, 3, 3, 3, 3],0.04,0.00,gpu_index),
              'wc4a': _variable_with_weight_decay('wc4a',[3, 3, 3, 3, 3],0.04,0.00,gpu_index),
              'wc4b': _variable_with_weight_decay('wc4b',[3, 3, 3, 3, 3],0.04,0.00,gpu_index),
              'wc5a': _variable_with_weight_decay('wc5a',[1, 3, 3, 3, 3],0.04,0.00,gpu_index),
              'wc5b': _variable_with_weight_decay('wc5b',[1, 3, 3, 3, 3],0.04,0.00,gpu_index),
              'wd1': _variable_with_weight_decay('wd1',[3, 4],0.04,0.005,gpu_index),
              'wd2': _variable_with_weight_decay('wd2',[4, 4],0.04,0.005,gpu_index),
              'out': _variable_with_weight_decay('wout',[4, NUM_CLASSES],0.04,0.005,gpu_index)
            }
            biases = {
              'bc1': _variable_with_weight_decay('bc1',[2],0.04,0.0,gpu_index),
              'bc2': _variable_with_weight_decay('bc2',[2],0.04,0.0,gpu_index),
              'bc3a': _variable_with_weight_decay('bc3a',[3],0.04,0.0,gpu_index),
              'bc3b': _variable_with_weight_decay('bc3b',[3],0.04,0.0,gpu_index),
              'bc4a': _variable_with_weight_decay('bc4a',[3],0.04,0.0,gpu_index),
              'bc4b': _variable_with_weight_decay('bc4b',[3],0.04,0.0,gpu_index),
              'bc5a': _variable_with_weight_decay('bc5a',[3],0.04,0.0,gpu_index),
              'bc5b': _variable_with_weight_decay('bc5b',[3],0.04,0.0,gpu_index),
              'bd1': _variable_with_weight_decay('bd1',[4],0.04,0.0,gpu_index),
              'bd2': _variable_with_weight_decay('bd2',[4],0.04,0.0,gpu_index),
              'out': _variable_with_weight_decay('bout',[NUM_CLASSES],0.04,0.0,gpu_index),
            }
          loss,accuracy = tower_loss(scope,images_placeholder[gpu_index*FLAGS.batch_size:(gpu_index+1)*FLAGS.batch_size,:,:,:,:],
                  labels_placeholder[gpu_index*FLAGS.batch_size:(gpu_index+1)*FLAGS.batch_size],weights,biases,FLAGS.batch_size)
          grads = opt.compute_gradients(loss)
          tower_grads.append(grads)
          accuracys.append(accuracy)
    grads = average_gradients(tower_grads)
    apply_gradient_op = opt.apply_gradients(grads)
    variable_averages = tf.train.ExponentialMovingAverage(MOVING_AVERAGE_DECAY)
    variables_averages_op = variable_averages.apply(tf.trainable_variables())
    train_op = tf.group(apply_gradient_op, variables_averages_op)
    init_op = tf.initialize_all_variables()
    # Create a saver for writing training checkpoints.
    saver = tf.train.Saver()
    # Create a session for running Ops on the Graph.
    sess = tf.Session(config=tf.ConfigProto(allow_soft_placement=True))
    # Run the Op to initialize the variables.
    init = tf.initialize_all_variables()
    sess.run(init)
    lr_step = 2000
    for step in range(FLAGS.max_steps):
      print ('learning rate: ' + str(FLAGS.learning_rate*pow(0.1,(int)(step/lr_step))))
      train_images = np.linspace(-1.0, 1.0, 2 * 8 * 16 * 16 * 3).reshape(2, 8, 16, 16, 3).astype(np.float32)
      train_labels = np.array([0, 2], np.int64)
      sess.run(train_op, feed_dict={images_placeholder: train_images,
          labels_placeholder: train_labels,
          lr: FLAGS.learning_rate*pow(0.1,(int)(step/lr_step))
          }
          )
      acc = sess.run(accuracys, feed_dict={images_placeholder: train_images, labels_placeholder: train_labels})
      print(len(acc), np.array(acc).shape)
    sess.close()
    for op in g.get_operations():
      print(op.name, op.type)
    for v in tf.global_variables():
      print(v.name, v.shape)
  print("done")

run_training()
