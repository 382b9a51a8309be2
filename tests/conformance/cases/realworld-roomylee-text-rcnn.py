# source: roomylee/rcnn-text-classification text_rcnn.py, train.py (TextRCNN unchanged except tf.contrib.layers.xavier_initializer -> tf.glorot_uniform_initializer, the same uniform variance-scaling ops; train.py's graph part for this model: cell "lstm", sequence 5, vocabulary 10, embedding 3, state 2, hidden 4, 2 classes; the word2vec load replaced by the random initW it starts from; VocabularyProcessor, directories, FileWriters and the batch loop dropped, one train_step/dev_step kept)
import tensorflow as tf
import numpy as np


class TextRCNN:
    def __init__(self, sequence_length, num_classes, vocab_size, embedding_size,
                 cell_type, state_size, hidden_size, l2_reg_lambda=0.0):
        # Placeholders for input, output and dropout
        self.input_text = tf.placeholder(tf.int32, shape=[None, sequence_length], name='input_text')
        self.input_y = tf.placeholder(tf.float32, shape=[None, num_classes], name='input_y')
        self.dropout_keep_prob = tf.placeholder(tf.float32, name='dropout_keep_prob')

        l2_loss = tf.constant(0.0)
        text_length = self._length(self.input_text)

        # Embeddings
        with tf.device('/cpu:0'), tf.name_scope("embedding"):
            self.W_text = tf.Variable(tf.random_uniform([vocab_size, embedding_size], -1.0, 1.0), name="W_text")
            self.embedded_chars = tf.nn.embedding_lookup(self.W_text, self.input_text)

        # Bidirectional(Left&Right) Recurrent Structure
        with tf.name_scope("bi-rnn"):
            fw_cell = self._get_cell(state_size, cell_type)
            bw_cell = self._get_cell(state_size, cell_type)
            (self.output_fw, self.output_bw), states = tf.nn.bidirectional_dynamic_rnn(cell_fw=fw_cell,
                                                                                       cell_bw=bw_cell,
                                                                                       inputs=self.embedded_chars,
                                                                                       sequence_length=text_length,
                                                                                       dtype=tf.float32)

        with tf.name_scope("context"):
            shape = [tf.shape(self.output_fw)[0], 1, tf.shape(self.output_fw)[2]]
            self.c_left = tf.concat([tf.zeros(shape), self.output_fw[:, :-1]], axis=1)
            self.c_right = tf.concat([self.output_bw[:, 1:], tf.zeros(shape)], axis=1)

        with tf.name_scope("word-representation"):
            self.x = tf.concat([self.c_left, self.embedded_chars, self.c_right], axis=2)

        with tf.name_scope("text-representation"):
            W2 = tf.Variable(tf.random_uniform([2*state_size + embedding_size, hidden_size], -1.0, 1.0), name="W2")
            b2 = tf.Variable(tf.constant(0.1, shape=[hidden_size]), name="b2")
            self.y2 = tf.einsum('aij,jk->aik', self.x, W2) + b2

        with tf.name_scope("max-pooling"):
            self.y3 = tf.reduce_max(self.y2, axis=1)  # shape:[None,embed_size*3]

        with tf.name_scope("output"):
            W4 = tf.get_variable("W4", shape=[hidden_size, num_classes], initializer=tf.glorot_uniform_initializer())
            b4 = tf.Variable(tf.constant(0.1, shape=[num_classes]), name="b4")
            l2_loss += tf.nn.l2_loss(W4)
            l2_loss += tf.nn.l2_loss(b4)
            self.logits = tf.nn.xw_plus_b(self.y3, W4, b4, name="logits")
            self.predictions = tf.argmax(self.logits, 1, name="predictions")

        # Calculate mean cross-entropy loss
        with tf.name_scope("loss"):
            losses = tf.nn.softmax_cross_entropy_with_logits(logits=self.logits, labels=self.input_y)
            self.loss = tf.reduce_mean(losses) + l2_reg_lambda * l2_loss

        # Accuracy
        with tf.name_scope("accuracy"):
            correct_predictions = tf.equal(self.predictions, tf.argmax(self.input_y, axis=1))
            self.accuracy = tf.reduce_mean(tf.cast(correct_predictions, tf.float32), name="accuracy")

    @staticmethod
    def _get_cell(hidden_size, cell_type):
        if cell_type == "vanilla":
            return tf.nn.rnn_cell.BasicRNNCell(hidden_size)
        elif cell_type == "lstm":
            return tf.nn.rnn_cell.BasicLSTMCell(hidden_size)
        elif cell_type == "gru":
            return tf.nn.rnn_cell.GRUCell(hidden_size)
        else:
            print("ERROR: '" + cell_type + "' is a wrong cell type !!!")
            return None

    # Length of the sequence data
    @staticmethod
    def _length(seq):
        relevant = tf.sign(tf.abs(seq))
        length = tf.reduce_sum(relevant, reduction_indices=1)
        length = tf.cast(length, tf.int32)
        return length

    @staticmethod
    def last_relevant(seq, length):
        batch_size = tf.shape(seq)[0]
        max_length = int(seq.get_shape()[1])
        input_size = int(seq.get_shape()[2])
        index = tf.range(0, batch_size) * max_length + (length - 1)
        flat = tf.reshape(seq, [-1, input_size])
        return tf.gather(flat, index)


with tf.Graph().as_default():
    session_conf = tf.ConfigProto(allow_soft_placement=True, log_device_placement=False)
    sess = tf.Session(config=session_conf)
    with sess.as_default():
        rcnn = TextRCNN(sequence_length=5, num_classes=2, vocab_size=10, embedding_size=3,
                        cell_type="lstm", state_size=2, hidden_size=4, l2_reg_lambda=0.5)

        # Define Training procedure
        global_step = tf.Variable(0, name="global_step", trainable=False)
        optimizer = tf.train.AdamOptimizer(1e-3)
        grads_and_vars = optimizer.compute_gradients(rcnn.loss)
        train_op = optimizer.apply_gradients(grads_and_vars, global_step=global_step)

        # Keep track of gradient values and sparsity (optional)
        grad_summaries = []
        for g, v in grads_and_vars:
            if g is not None:
                grad_hist_summary = tf.summary.histogram("{}/grad/hist".format(v.name), g)
                sparsity_summary = tf.summary.scalar("{}/grad/sparsity".format(v.name), tf.nn.zero_fraction(g))
                grad_summaries.append(grad_hist_summary)
                grad_summaries.append(sparsity_summary)
        grad_summaries_merged = tf.summary.merge(grad_summaries)

        loss_summary = tf.summary.scalar("loss", rcnn.loss)
        acc_summary = tf.summary.scalar("accuracy", rcnn.accuracy)
        train_summary_op = tf.summary.merge([loss_summary, acc_summary, grad_summaries_merged])
        dev_summary_op = tf.summary.merge([loss_summary, acc_summary])
        saver = tf.train.Saver(tf.global_variables(), max_to_keep=5)

        sess.run(tf.global_variables_initializer())
        np.random.seed(10)  # train.py seeds numpy before shuffling its data
        initW = np.random.uniform(-0.25, 0.25, (10, 3))
        sess.run(rcnn.W_text.assign(initW))

        feed_dict = {
            rcnn.input_text: np.array([[1, 2, 3, 0, 0], [4, 5, 6, 7, 8]]),
            rcnn.input_y: np.array([[1.0, 0.0], [0.0, 1.0]]),
            rcnn.dropout_keep_prob: 0.5
        }
        _, step, summaries, loss, accuracy = sess.run(
            [train_op, global_step, train_summary_op, rcnn.loss, rcnn.accuracy], feed_dict)
        current_step = tf.train.global_step(sess, global_step)
        print("step {}".format(step), current_step, type(summaries).__name__)
        feed_dict[rcnn.dropout_keep_prob] = 1.0
        step, summaries, loss, accuracy = sess.run([global_step, dev_summary_op, rcnn.loss, rcnn.accuracy], feed_dict)
        print("dev step {}".format(step))

        for op in tf.get_default_graph().get_operations():
            print(op.name, op.type)
        for v in tf.global_variables():
            print(v.name, v.shape)
