# source: chiphuyen/stanford-tensorflow-tutorials examples/04_word2vec_visualize.py (SkipGramModel kept as written but _import_data: the tf.data iterator became two placeholders in the same 'data' name scope; VOCAB_SIZE 50000 -> 20, BATCH_SIZE 128 -> 4, EMBED_SIZE 128 -> 3, NUM_SAMPLED 64 -> 2; train() keeps its Saver, initializer run and one step fed by numpy, the checkpoint restore, FileWriter, projector and download helpers dropped)
import numpy as np
import tensorflow as tf

# Model hyperparameters
VOCAB_SIZE = 20
BATCH_SIZE = 4
EMBED_SIZE = 3            # dimension of the word embedding vectors
SKIP_WINDOW = 1             # the context window
NUM_SAMPLED = 2            # number of negative examples to sample
LEARNING_RATE = 1.0
NUM_TRAIN_STEPS = 1
VISUAL_FLD = 'visualization'
SKIP_STEP = 5000

class SkipGramModel:
    """ Build the graph for word2vec model """
    def __init__(self, dataset, vocab_size, embed_size, batch_size, num_sampled, learning_rate):
        self.vocab_size = vocab_size
        self.embed_size = embed_size
        self.batch_size = batch_size
        self.num_sampled = num_sampled
        self.lr = learning_rate
        self.global_step = tf.get_variable('global_step', initializer=tf.constant(0), trainable=False)
        self.skip_step = SKIP_STEP
        self.dataset = dataset

    def _import_data(self):
        """ Step 1: import data
        """
        with tf.name_scope('data'):
            self.center_words = tf.placeholder(tf.int32, shape=[BATCH_SIZE], name='center_words')
            self.target_words = tf.placeholder(tf.int32, shape=[BATCH_SIZE, 1], name='target_words')

    def _create_embedding(self):
        """ Step 2 + 3: define weights and embedding lookup.
        In word2vec, it's actually the weights that we care about 
        """
        with tf.name_scope('embed'):
            self.embed_matrix = tf.get_variable('embed_matrix', 
                                                shape=[self.vocab_size, self.embed_size],
                                                initializer=tf.random_uniform_initializer())
            self.embed = tf.nn.embedding_lookup(self.embed_matrix, self.center_words, name='embedding')

    def _create_loss(self):
        """ Step 4: define the loss function """
        with tf.name_scope('loss'):
            # construct variables for NCE loss
            nce_weight = tf.get_variable('nce_weight', 
                        shape=[self.vocab_size, self.embed_size],
                        initializer=tf.truncated_normal_initializer(stddev=1.0 / (self.embed_size ** 0.5)))
            nce_bias = tf.get_variable('nce_bias', initializer=tf.zeros([VOCAB_SIZE]))

            # define loss function to be NCE loss function
            self.loss = tf.reduce_mean(tf.nn.nce_loss(weights=nce_weight, 
                                                biases=nce_bias, 
                                                labels=self.target_words, 
                                                inputs=self.embed, 
                                                num_sampled=self.num_sampled, 
                                                num_classes=self.vocab_size), name='loss')
    def _create_optimizer(self):
        """ Step 5: define optimizer """
        self.optimizer = tf.train.GradientDescentOptimizer(self.lr).minimize(self.loss, 
                                                              global_step=self.global_step)

    def _create_summaries(self):
        with tf.name_scope('summaries'):
            tf.summary.scalar('loss', self.loss)
            tf.summary.histogram('histogram loss', self.loss)
            # because you have several summaries, we should merge them all
            # into one op to make it easier to manage
            self.summary_op = tf.summary.merge_all()

    def build_graph(self):
        """ Build the graph for our model """
        self._import_data()
        self._create_embedding()
        self._create_loss()
        self._create_optimizer()
        self._create_summaries()

    def train(self, num_train_steps):
        saver = tf.train.Saver() # defaults to saving all variables - in this case embed_matrix, nce_weight, nce_bias

        initial_step = 0
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())

            total_loss = 0.0 # we use this to calculate late average loss in the last SKIP_STEP steps
            initial_step = self.global_step.eval()

            for index in range(initial_step, initial_step + num_train_steps):
                feed = {self.center_words: np.array([1, 2, 3, 4]),
                        self.target_words: np.array([[2], [3], [4], [5]])}
                loss_batch, _, summary = sess.run([self.loss, self.optimizer, self.summary_op], feed)
                total_loss += loss_batch
            print(initial_step, self.global_step.eval(), type(summary).__name__)

def main():
    dataset = None
    model = SkipGramModel(dataset, VOCAB_SIZE, EMBED_SIZE, BATCH_SIZE, NUM_SAMPLED, LEARNING_RATE)
    model.build_graph()
    model.train(NUM_TRAIN_STEPS)

if __name__ == '__main__':
    main()

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
