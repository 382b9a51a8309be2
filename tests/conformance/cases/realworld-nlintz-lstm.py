# source: nlintz/TensorFlow-Tutorials 07_lstm.py (model, loss, RMSProp and the session config unchanged except `from tensorflow.contrib import rnn` -> tf.nn.rnn_cell plus tf.nn.static_rnn, the same functions; 28x28 images -> 3 steps of 4, 10 -> 3 labels, batch 128 -> 2; MNIST -> a small numpy array, 100 epochs -> one pass, test accuracy printed as a dtype)
import tensorflow as tf
import numpy as np


class rnn:
    BasicLSTMCell = tf.nn.rnn_cell.BasicLSTMCell
    static_rnn = tf.nn.static_rnn


# configuration variables
input_vec_size = lstm_size = 4
time_step_size = 3

batch_size = 2
test_size = 2

def init_weights(shape):
    return tf.Variable(tf.random_normal(shape, stddev=0.01))


def model(X, W, B, lstm_size):
    # X, input shape: (batch_size, time_step_size, input_vec_size)
    XT = tf.transpose(X, [1, 0, 2])  # permute time_step_size and batch_size
    # XT shape: (time_step_size, batch_size, input_vec_size)
    XR = tf.reshape(XT, [-1, lstm_size]) # each row has input for each lstm cell (lstm_size=input_vec_size)
    # XR shape: (time_step_size * batch_size, input_vec_size)
    X_split = tf.split(XR, time_step_size, 0) # split them to time_step_size (28 arrays)
    # Each array shape: (batch_size, input_vec_size)

    # Make lstm with lstm_size (each input vector size)
    lstm = rnn.BasicLSTMCell(lstm_size, forget_bias=1.0, state_is_tuple=True)

    # Get lstm cell output, time_step_size (28) arrays with lstm_size output: (batch_size, lstm_size)
    outputs, _states = rnn.static_rnn(lstm, X_split, dtype=tf.float32)

    # Linear activation
    # Get the last output
    return tf.matmul(outputs[-1], W) + B, lstm.state_size # State size to initialize the stat

trX = np.linspace(0.0, 1.0, 4 * 12).reshape(-1, 3, 4)
trY = np.eye(3)[[0, 1, 2, 1]]
teX, teY = trX, trY

X = tf.placeholder("float", [None, 3, 4])
Y = tf.placeholder("float", [None, 3])

# get lstm_size and output 10 labels
W = init_weights([lstm_size, 3])
B = init_weights([3])

py_x, state_size = model(X, W, B, lstm_size)
print(state_size)

cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=py_x, labels=Y))
train_op = tf.train.RMSPropOptimizer(0.001, 0.9).minimize(cost)
predict_op = tf.argmax(py_x, 1)

session_conf = tf.ConfigProto()
session_conf.gpu_options.allow_growth = True

# Launch the graph in a session
with tf.Session(config=session_conf) as sess:
    # you need to initialize all variables
    tf.global_variables_initializer().run()

    for i in range(1):
        for start, end in zip(range(0, len(trX), batch_size), range(batch_size, len(trX)+1, batch_size)):
            sess.run(train_op, feed_dict={X: trX[start:end], Y: trY[start:end]})

        test_indices = np.arange(len(teX))  # Get A Test Batch
        np.random.shuffle(test_indices)
        test_indices = test_indices[0:test_size]

        print(i, np.mean(np.argmax(teY[test_indices], axis=1) ==
                         sess.run(predict_op, feed_dict={X: teX[test_indices]})).dtype)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
