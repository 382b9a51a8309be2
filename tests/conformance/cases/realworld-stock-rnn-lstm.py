# source: lilianweng/stock-rnn model_rnn.py, main.py (LstmRNN.build_graph and the model_name property kept as written except tf.contrib.rnn.LSTMCell/DropoutWrapper/MultiRNNCell -> tf.nn.rnn_cell.*, the same classes, and Python 2 prints -> print(); train() keeps merge_all, the initializer run, the merged test feed and one training batch, with the FileWriter, projector (tensorboard plugin), plotting and checkpoint saving dropped; main.py's flags -> stock_count 2, lstm_size 128 -> 4, num_layers 2, num_steps 30 -> 3, input_size 1 -> 2, embed_size 3; StockDataSet -> fixed numpy windows)
import numpy as np
import tensorflow as tf


class LstmRNN(object):
    def __init__(self, sess, stock_count,
                 lstm_size=128,
                 num_layers=1,
                 num_steps=30,
                 input_size=1,
                 keep_prob=0.8,
                 embed_size=None,
                 logs_dir="logs",
                 plots_dir="images"):
        self.sess = sess
        self.stock_count = stock_count

        self.lstm_size = lstm_size
        self.num_layers = num_layers
        self.num_steps = num_steps
        self.input_size = input_size
        self.keep_prob = keep_prob

        self.use_embed = (embed_size is not None) and (embed_size > 0)
        self.embed_size = embed_size or -1

        self.logs_dir = logs_dir
        self.plots_dir = plots_dir

        self.build_graph()

    def build_graph(self):
        # inputs.shape = (number of examples, number of input, dimension of each input).
        self.learning_rate = tf.placeholder(tf.float32, None, name="learning_rate")

        # Stock symbols are mapped to integers.
        self.symbols = tf.placeholder(tf.int32, [None, 1], name='stock_labels')

        self.inputs = tf.placeholder(tf.float32, [None, self.num_steps, self.input_size], name="inputs")
        self.targets = tf.placeholder(tf.float32, [None, self.input_size], name="targets")

        def _create_one_cell():
            lstm_cell = tf.nn.rnn_cell.LSTMCell(self.lstm_size, state_is_tuple=True)
            if self.keep_prob < 1.0:
                lstm_cell = tf.nn.rnn_cell.DropoutWrapper(lstm_cell, output_keep_prob=self.keep_prob)
            return lstm_cell

        cell = tf.nn.rnn_cell.MultiRNNCell(
            [_create_one_cell() for _ in range(self.num_layers)],
            state_is_tuple=True
        ) if self.num_layers > 1 else _create_one_cell()

        if self.embed_size > 0:
            self.embed_matrix = tf.Variable(
                tf.random_uniform([self.stock_count, self.embed_size], -1.0, 1.0),
                name="embed_matrix"
            )

            # stock_label_embeds.shape = (batch_size, embedding_size)
            stacked_symbols = tf.tile(self.symbols, [1, self.num_steps], name='stacked_stock_labels')
            stacked_embeds = tf.nn.embedding_lookup(self.embed_matrix, stacked_symbols)

            # After concat, inputs.shape = (batch_size, num_steps, input_size + embed_size)
            self.inputs_with_embed = tf.concat([self.inputs, stacked_embeds], axis=2, name="inputs_with_embed")
            self.embed_matrix_summ = tf.summary.histogram("embed_matrix", self.embed_matrix)

        else:
            self.inputs_with_embed = tf.identity(self.inputs)
            self.embed_matrix_summ = None

        print("inputs.shape:", self.inputs.shape)
        print("inputs_with_embed.shape:", self.inputs_with_embed.shape)

        # Run dynamic RNN
        val, state_ = tf.nn.dynamic_rnn(cell, self.inputs_with_embed, dtype=tf.float32, scope="dynamic_rnn")

        # Before transpose, val.get_shape() = (batch_size, num_steps, lstm_size)
        # After transpose, val.get_shape() = (num_steps, batch_size, lstm_size)
        val = tf.transpose(val, [1, 0, 2])

        last = tf.gather(val, int(val.get_shape()[0]) - 1, name="lstm_state")
        ws = tf.Variable(tf.truncated_normal([self.lstm_size, self.input_size]), name="w")
        bias = tf.Variable(tf.constant(0.1, shape=[self.input_size]), name="b")
        self.pred = tf.matmul(last, ws) + bias

        self.last_sum = tf.summary.histogram("lstm_state", last)
        self.w_sum = tf.summary.histogram("w", ws)
        self.b_sum = tf.summary.histogram("b", bias)
        self.pred_summ = tf.summary.histogram("pred", self.pred)

        # self.loss = -tf.reduce_sum(targets * tf.log(tf.clip_by_value(prediction, 1e-10, 1.0)))
        self.loss = tf.reduce_mean(tf.square(self.pred - self.targets), name="loss_mse")
        self.optim = tf.train.RMSPropOptimizer(self.learning_rate).minimize(self.loss, name="rmsprop_optim")

        self.loss_sum = tf.summary.scalar("loss_mse", self.loss)
        self.learning_rate_sum = tf.summary.scalar("learning_rate", self.learning_rate)

        self.t_vars = tf.trainable_variables()
        self.saver = tf.train.Saver()

    def train(self, dataset_list, config):
        assert len(dataset_list) > 0
        self.merged_sum = tf.summary.merge_all()

        tf.global_variables_initializer().run()

        # Merged test data of different stocks.
        merged_test_X = []
        merged_test_y = []
        merged_test_labels = []

        for label_, d_ in enumerate(dataset_list):
            merged_test_X += list(d_.test_X)
            merged_test_y += list(d_.test_y)
            merged_test_labels += [[label_]] * len(d_.test_X)

        merged_test_X = np.array(merged_test_X)
        merged_test_y = np.array(merged_test_y)
        merged_test_labels = np.array(merged_test_labels)

        print("len(merged_test_X) =", len(merged_test_X))
        print("len(merged_test_y) =", len(merged_test_y))
        print("len(merged_test_labels) =", len(merged_test_labels))

        test_data_feed = {
            self.learning_rate: 0.0,
            self.inputs: merged_test_X,
            self.targets: merged_test_y,
            self.symbols: merged_test_labels,
        }

        global_step = 0
        epoch = 0
        learning_rate = config.init_learning_rate * (
            config.learning_rate_decay ** max(float(epoch + 1 - config.init_epoch), 0.0)
        )
        for label_, d_ in enumerate(dataset_list):
            batch_X, batch_y = d_.train_X, d_.train_y
            global_step += 1
            batch_labels = np.array([[label_]] * len(batch_X))
            train_data_feed = {
                self.learning_rate: learning_rate,
                self.inputs: batch_X,
                self.targets: batch_y,
                self.symbols: batch_labels,
            }
            train_loss, _, train_merged_sum = self.sess.run(
                [self.loss, self.optim, self.merged_sum], train_data_feed)
            print(global_step, type(train_loss).__name__, type(train_merged_sum).__name__)

        final_pred, final_loss = self.sess.run([self.pred, self.loss], test_data_feed)
        return final_pred

    @property
    def model_name(self):
        name = "stock_rnn_lstm%d_step%d_input%d" % (
            self.lstm_size, self.num_steps, self.input_size)

        if self.embed_size > 0:
            name += "_embed%d" % self.embed_size

        return name


class Config(object):
    init_learning_rate = 0.001
    learning_rate_decay = 0.99
    init_epoch = 5


class StockDataSet(object):
    def __init__(self, stock_sym, offset):
        self.stock_sym = stock_sym
        series = np.linspace(0.0, 1.0, 16).reshape(8, 2) + offset
        self.train_X = np.array([series[0:3], series[1:4]])
        self.train_y = np.array([series[3], series[4]])
        self.test_X = np.array([series[4:7]])
        self.test_y = np.array([series[7]])


with tf.Session() as sess:
    rnn_model = LstmRNN(
        sess,
        2,
        lstm_size=4,
        num_layers=2,
        num_steps=3,
        input_size=2,
        embed_size=3,
    )
    print(rnn_model.model_name)
    final_pred = rnn_model.train([StockDataSet("GOOG", 0.0), StockDataSet("AAPL", 0.5)], Config())
    print(final_pred.shape)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
