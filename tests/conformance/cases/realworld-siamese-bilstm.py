# source: dhwajraj/deep-siamese-text-similarity siamese_network.py, train.py (the frame-sequence version: SiameseLSTM kept as written except tf.contrib.rnn.BasicLSTMCell/DropoutWrapper/MultiRNNCell/static_bidirectional_rnn -> tf.nn.rnn_cell.* and tf.nn.static_bidirectional_rnn, the same classes and function; n_hidden 30 -> 3; train.py's graph part kept (flags with max_frames 20 -> 3, batch 8 -> 2, input_size 9216 -> 4), its AMOSNet Conv features (amos.py, a .npy of weights) -> the frame features fed directly, the InputHelper data, output folders, graphpb.txt, FileWriters and the batch loop dropped; one train_step and one dev_step on fixed batches with random() -> the first branch)
import tensorflow as tf
import numpy as np


class SiameseLSTM(object):
    """
    A LSTM based deep Siamese network for text similarity.
    Uses an character embedding layer, followed by a biLSTM and Energy Loss layer.
    """

    def BiRNN(self, x, dropout, scope, embedding_size, sequence_length):
        n_input=embedding_size
        n_steps=sequence_length
        #n_hidden layer_ number of features
        n_hidden= 3
        #num-layers of lstm n_layers=2 => input(t)-> lstm(1)->lstm(2)->output(t)
        n_layers=1

        # Prepare data shape to match `bidirectional_rnn` function requirements
        # Current data input shape: (batch_size, n_steps, n_input) (?, seq_len, embedding_size)
        # Required shape: 'n_steps' tensors list of shape (batch_size, n_input)
        # Permuting batch_size and n_steps
        x = tf.transpose(x, [1, 0, 2])
        # Reshape to (n_steps*batch_size, n_input)
        x = tf.reshape(x, [-1, n_input])
        # Split to get a list of 'n_steps' tensors of shape (batch_size, n_input)
        #x = tf.split(0, n_steps, x)
        x = tf.split(x, n_steps, axis = 0)

        # Define lstm cells with tensorflow
        # Forward direction cell
        with tf.name_scope("fw"+scope),tf.variable_scope("fw"+scope):
            #print(tf.get_variable_scope().name)
            fw_cell = tf.nn.rnn_cell.BasicLSTMCell(n_hidden, forget_bias=1.0, state_is_tuple=True)
            lstm_fw_cell = tf.nn.rnn_cell.DropoutWrapper(fw_cell,output_keep_prob=dropout)
            lstm_fw_cell_m=tf.nn.rnn_cell.MultiRNNCell([lstm_fw_cell]*n_layers, state_is_tuple=True)
        # Backward direction cell
        with tf.name_scope("bw"+scope),tf.variable_scope("bw"+scope):
            #print(tf.get_variable_scope().name)
            bw_cell = tf.nn.rnn_cell.BasicLSTMCell(n_hidden, forget_bias=1.0, state_is_tuple=True)
            lstm_bw_cell = tf.nn.rnn_cell.DropoutWrapper(bw_cell,output_keep_prob=dropout)
            lstm_bw_cell_m = tf.nn.rnn_cell.MultiRNNCell([lstm_bw_cell]*n_layers, state_is_tuple=True)

        # Get lstm cell output
        #try:
        with tf.name_scope("bw"+scope),tf.variable_scope("bw"+scope):
            outputs, _, _ = tf.nn.static_bidirectional_rnn(lstm_fw_cell_m, lstm_bw_cell_m, x, dtype=tf.float32)
        return outputs[-1]

    def contrastive_loss(self, y,d,batch_size):
        tmp= y *tf.square(d)
        #tmp= tf.mul(y,tf.square(d))
        tmp2 = (1-y) *tf.square(tf.maximum((1 - d),0))
        return tf.reduce_sum(tmp +tmp2)/batch_size/2

    def __init__(
      self, sequence_length, input_size, embedding_size, hidden_units, l2_reg_lambda, batch_size):

      # Placeholders for input, output and dropout
      self.input_x1 = tf.placeholder(tf.float32, [None, sequence_length, input_size], name="input_x1")
      self.input_x2 = tf.placeholder(tf.float32, [None, sequence_length, input_size], name="input_x2")
      self.input_y = tf.placeholder(tf.float32, [None], name="input_y")
      self.dropout_keep_prob = tf.placeholder(tf.float32, name="dropout_keep_prob")

      # Keeping track of l2 regularization loss (optional)
      l2_loss = tf.constant(0.0, name="l2_loss")

      # Create a convolution + maxpool layer for each filter size
      with tf.name_scope("output"):
        self.out1=self.BiRNN(self.input_x1, self.dropout_keep_prob, "side1", input_size, sequence_length)
        self.out2=self.BiRNN(self.input_x2, self.dropout_keep_prob, "side2", input_size, sequence_length)
        self.distance = tf.reduce_sum(tf.abs(tf.subtract(self.out1,self.out2)),1,keep_dims=True)
        self.distance = tf.reshape(self.distance, [-1])
        self.distance = tf.exp(-self.distance, name="distance")

      with tf.name_scope("loss"):
          self.loss = tf.losses.mean_squared_error(self.input_y, self.distance)/batch_size
          #self.loss = tf.nn.sigmoid_cross_entropy_with_logits(labels=self.input.y, logits=self.distance)/batch_size
      tf.summary.scalar('loss', self.loss)


tf.flags.DEFINE_integer("embedding_dim", 300, "Dimensionality of character embedding (default: 300)")
tf.flags.DEFINE_float("dropout_keep_prob", 0.5, "Dropout keep probability (default: 0.5)")
tf.flags.DEFINE_float("l2_reg_lambda", 0.0, "L2 regularizaion lambda (default: 0.0)")
tf.flags.DEFINE_integer("hidden_units", 100, "Number of hidden units in softmax regression layer (default:50)")
tf.flags.DEFINE_integer("max_frames", 3, "Maximum Number of frame (default: 20)")
tf.flags.DEFINE_integer("batch_size", 2, "Batch Size (default: 10)")
tf.flags.DEFINE_boolean("allow_soft_placement", False, "Allow device soft device placement")
tf.flags.DEFINE_boolean("log_device_placement", False, "Log placement of ops on devices")
FLAGS = tf.flags.FLAGS

print("starting graph def")
with tf.Graph().as_default():
    gpu_options = tf.GPUOptions(per_process_gpu_memory_fraction=0.7)
    session_conf = tf.ConfigProto(
      allow_soft_placement=FLAGS.allow_soft_placement,
      log_device_placement=FLAGS.log_device_placement,
      gpu_options=gpu_options,
      )
    sess = tf.Session(config=session_conf)
    print("started session")
    with sess.as_default():
        siameseModel = SiameseLSTM(
            sequence_length=FLAGS.max_frames,
            input_size=4,
            embedding_size=FLAGS.embedding_dim,
            hidden_units=FLAGS.hidden_units,
            l2_reg_lambda=FLAGS.l2_reg_lambda,
            batch_size=FLAGS.batch_size)

        # Define Training procedure
        global_step = tf.Variable(0, name="global_step", trainable=False)
        optimizer = tf.train.AdamOptimizer(1e-3)
        print("initialized convModel and siameseModel object")

    grads_and_vars=optimizer.compute_gradients(siameseModel.loss)
    tr_op_set = optimizer.apply_gradients(grads_and_vars, global_step=global_step)
    print("defined training_ops")
    # Keep track of gradient values and sparsity (optional)
    grad_summaries = []
    for g, v in grads_and_vars:
        if g is not None:
            grad_hist_summary = tf.summary.histogram("{}/grad/hist".format(v.name), g)
            sparsity_summary = tf.summary.scalar("{}/grad/sparsity".format(v.name), tf.nn.zero_fraction(g))
            grad_summaries.append(grad_hist_summary)
            grad_summaries.append(sparsity_summary)
    summaries_merged = tf.summary.merge_all()
    print("defined gradient summaries")
    saver = tf.train.Saver(tf.global_variables(), max_to_keep=2)

    # Initialize all variables
    sess.run(tf.global_variables_initializer())
    print("init all variables")

    def train_step(x1_batch, x2_batch, y_batch):
        feed_dict = {
                         siameseModel.input_x1: x1_batch,
                         siameseModel.input_x2: x2_batch,
                         siameseModel.input_y: y_batch,
                         siameseModel.dropout_keep_prob: FLAGS.dropout_keep_prob,
        }
        _, step, loss, dist, summary = sess.run([tr_op_set, global_step, siameseModel.loss, siameseModel.distance, summaries_merged],  feed_dict)
        d = np.copy(dist)
        d[d>=0.5]=1
        d[d<0.5]=0
        correct = np.sum(y_batch==d)
        print("TRAIN: step {}, loss {}, acc {}".format(step, type(loss).__name__, correct.dtype))
        return summary

    def dev_step(x1_batch, x2_batch, y_batch):
        feed_dict = {
                         siameseModel.input_x1: x1_batch,
                         siameseModel.input_x2: x2_batch,
                         siameseModel.input_y: y_batch,
                         siameseModel.dropout_keep_prob: FLAGS.dropout_keep_prob,
        }
        step, loss, dist, summary = sess.run([global_step, siameseModel.loss, siameseModel.distance, summaries_merged],  feed_dict)
        d = np.copy(dist)
        d[d>=0.5]=1
        d[d<0.5]=0
        correct = np.sum(y_batch==d)
        print("DEV: step {}, dist {}".format(step, dist.shape))
        return summary, correct

    x1 = np.linspace(0.0, 1.0, 24).reshape(2, 3, 4)
    x2 = np.linspace(1.0, 0.0, 24).reshape(2, 3, 4)
    y = np.array([1.0, 0.0])
    summary = train_step(x1, x2, y)
    current_step = tf.train.global_step(sess, global_step)
    print(current_step, type(summary).__name__)
    summary, correct = dev_step(x2, x1, y)

    for op in tf.get_default_graph().get_operations():
        print(op.name, op.type)
    for v in tf.global_variables():
        print(v.name, v.shape)
