# source: KnHuq/Dynamic-Tensorflow-Tutorial GRU/GRU.py (RNN_cell with its hand-written GRU over tf.scan and outputs over tf.map_fn, the loss, Adam and accuracy unchanged; hidden 30 -> 4, input 8 -> 3, target 10 -> 2; the sklearn digits data and train_test_split -> two tiny numpy batches, 200 epochs -> one training step and the loss/accuracy runs)
import tensorflow as tf
import numpy as np


# # Vhanilla RNN class and functions

class RNN_cell(object):

    """
    RNN cell object which takes 3 arguments for initialization.
    input_size = Input Vector size
    hidden_layer_size = Hidden layer size
    target_size = Output vector size

    """

    def __init__(self, input_size, hidden_layer_size, target_size):

        # Initialization of given values
        self.input_size = input_size
        self.hidden_layer_size = hidden_layer_size
        self.target_size = target_size

        # Weights for input and hidden tensor
        self.Wx = tf.Variable(
            tf.zeros([self.input_size, self.hidden_layer_size]))
        self.Wr = tf.Variable(
            tf.zeros([self.input_size, self.hidden_layer_size]))
        self.Wz = tf.Variable(
            tf.zeros([self.input_size, self.hidden_layer_size]))

        self.br = tf.Variable(tf.truncated_normal(
            [self.hidden_layer_size], mean=1))
        self.bz = tf.Variable(tf.truncated_normal(
            [self.hidden_layer_size], mean=1))

        self.Wh = tf.Variable(
            tf.zeros([self.hidden_layer_size, self.hidden_layer_size]))

        # Weights for output layer
        self.Wo = tf.Variable(tf.truncated_normal(
            [self.hidden_layer_size, self.target_size], mean=1, stddev=.01))
        self.bo = tf.Variable(tf.truncated_normal(
            [self.target_size], mean=1, stddev=.01))
        # Placeholder for input vector with shape[batch, seq, embeddings]
        self._inputs = tf.placeholder(tf.float32,
                                      shape=[None, None, self.input_size],
                                      name='inputs')

        # Processing inputs to work with scan function
        self.processed_input = process_batch_input_for_RNN(self._inputs)

        self.initial_hidden = self._inputs[:, 0, :]
        self.initial_hidden = tf.matmul(
            self.initial_hidden, tf.zeros([input_size, hidden_layer_size]))

    # Function for GRU cell
    def Gru(self, previous_hidden_state, x):
        """
        GRU Equations
        """
        z = tf.sigmoid(tf.matmul(x, self.Wz) + self.bz)
        r = tf.sigmoid(tf.matmul(x, self.Wr) + self.br)

        h_ = tf.tanh(tf.matmul(x, self.Wx) +
                     tf.matmul(previous_hidden_state, self.Wh) * r)

        current_hidden_state = tf.multiply(
            (1 - z), h_) + tf.multiply(previous_hidden_state, z)

        return current_hidden_state

    # Function for getting all hidden state.
    def get_states(self):
        """
        Iterates through time/ sequence to get all hidden state
        """

        # Getting all hidden state throuh time
        all_hidden_states = tf.scan(self.Gru,
                                    self.processed_input,
                                    initializer=self.initial_hidden,
                                    name='states')

        return all_hidden_states

    # Function to get output from a hidden layer
    def get_output(self, hidden_state):
        """
        This function takes hidden state and returns output
        """
        output = tf.nn.relu(tf.matmul(hidden_state, self.Wo) + self.bo)

        return output

    # Function for getting all output layers
    def get_outputs(self):
        """
        Iterating through hidden states to get outputs for all timestamp
        """
        all_hidden_states = self.get_states()

        all_outputs = tf.map_fn(self.get_output, all_hidden_states)

        return all_outputs


# Function to convert batch input data to use scan ops of tensorflow.
def process_batch_input_for_RNN(batch_input):
    """
    Process tensor of size [5,3,2] to [3,5,2]
    """
    batch_input_ = tf.transpose(batch_input, perm=[2, 0, 1])
    X = tf.transpose(batch_input_)

    return X

"""
Example of using GRU
"""
# Initializing variables.

hidden_layer_size = 4
input_size = 3
target_size = 2


# Initializing placeholder

y = tf.placeholder(tf.float32, shape=[None, target_size], name='inputs')


# # Models

# Initializing rnn object
rnn = RNN_cell(input_size, hidden_layer_size, target_size)


# Getting all outputs from rnn
outputs = rnn.get_outputs()


# Getting final output through indexing after reversing
last_output = outputs[-1]


# As rnn model output the final layer through Relu activation softmax is
# used for final output.
output = tf.nn.softmax(last_output)


# Computing the Cross Entropy loss
cross_entropy = -tf.reduce_sum(y * tf.log(output))


# Trainning with Adadelta Optimizer
train_step = tf.train.AdamOptimizer().minimize(cross_entropy)


# Calculatio of correct prediction and accuracy
correct_prediction = tf.equal(tf.argmax(y, 1), tf.argmax(output, 1))
accuracy = (tf.reduce_mean(tf.cast(correct_prediction, tf.float32))) * 100


# Function to get on hot
def get_on_hot(number):
    on_hot = [0] * 2
    on_hot[number] = 1
    return on_hot


X_train = np.arange(24, dtype=np.float32).reshape(2, 4, 3) / 24.0
y_train = list(map(get_on_hot, [0, 1]))

sess = tf.InteractiveSession()
sess.run(tf.initialize_all_variables())

X = X_train
Y = y_train
sess.run(train_step, feed_dict={rnn._inputs: X, y: Y})
Loss = sess.run(cross_entropy, feed_dict={rnn._inputs: X, y: Y})
Train_accuracy = sess.run(accuracy, feed_dict={rnn._inputs: X_train, y: y_train})
print("Iteration: %s Loss: %s Train Accuracy: %s" % (0, type(Loss).__name__, type(Train_accuracy).__name__))
print(sess.run(outputs, feed_dict={rnn._inputs: X}).shape)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
