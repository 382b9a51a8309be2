# source: ilivans/tf-rnn-attention attention.py, train.py (attention() unchanged (the tensordot version with return_alphas); train.py's graph unchanged except `from tensorflow.contrib.rnn import GRUCell` -> tf.nn.rnn_cell.GRUCell (the same class) and bidirectional_dynamic_rnn taken from tf.nn; the IMDB download and keras/tqdm/utils helpers -> fixed numpy batches: vocabulary 12, SEQUENCE_LENGTH 250 -> 5, EMBEDDING_DIM 100 -> 3, HIDDEN_SIZE 150 -> 4, ATTENTION_SIZE 50 -> 3, BATCH_SIZE 256 -> 2; FileWriters dropped, one training and one test batch of the epoch loop kept, then saver.save's Saver left unsaved)
import tensorflow as tf
import numpy as np

GRUCell = tf.nn.rnn_cell.GRUCell
bi_rnn = tf.nn.bidirectional_dynamic_rnn


def attention(inputs, attention_size, time_major=False, return_alphas=False):
    if isinstance(inputs, tuple):
        # In case of Bi-RNN, concatenate the forward and the backward RNN outputs.
        inputs = tf.concat(inputs, 2)

    if time_major:
        # (T,B,D) => (B,T,D)
        inputs = tf.array_ops.transpose(inputs, [1, 0, 2])

    hidden_size = inputs.shape[2].value  # D value - hidden size of the RNN layer

    # Trainable parameters
    w_omega = tf.Variable(tf.random_normal([hidden_size, attention_size], stddev=0.1))
    b_omega = tf.Variable(tf.random_normal([attention_size], stddev=0.1))
    u_omega = tf.Variable(tf.random_normal([attention_size], stddev=0.1))

    with tf.name_scope('v'):
        # Applying fully connected layer with non-linear activation to each of the B*T timestamps;
        #  the shape of `v` is (B,T,D)*(D,A)=(B,T,A), where A=attention_size
        v = tf.tanh(tf.tensordot(inputs, w_omega, axes=1) + b_omega)

    # For each of the timestamps its vector of size A from `v` is reduced with `u` vector
    vu = tf.tensordot(v, u_omega, axes=1, name='vu')  # (B,T) shape
    alphas = tf.nn.softmax(vu, name='alphas')  # (B,T) shape

    # Output of (Bi-)RNN is reduced with attention vector; the result has (B,D) shape
    output = tf.reduce_sum(inputs * tf.expand_dims(alphas, -1), 1)

    if not return_alphas:
        return output
    else:
        return output, alphas


NUM_WORDS = 12
INDEX_FROM = 3
SEQUENCE_LENGTH = 5
EMBEDDING_DIM = 3
HIDDEN_SIZE = 4
ATTENTION_SIZE = 3
KEEP_PROB = 0.8
BATCH_SIZE = 2
NUM_EPOCHS = 3
DELTA = 0.5

vocabulary_size = NUM_WORDS
X_train = np.array([[4, 5, 6, 0, 0], [7, 8, 9, 10, 0]])
y_train = np.array([1, 0])
X_test = np.array([[5, 11, 0, 0, 0], [4, 4, 8, 0, 0]])
y_test = np.array([0, 1])

# Different placeholders
with tf.name_scope('inputs'):
    batch_ph = tf.placeholder(tf.int32, [None, SEQUENCE_LENGTH], name='batch_ph')
    target_ph = tf.placeholder(tf.float32, [None], name='target_ph')
    seq_len_ph = tf.placeholder(tf.int32, [None], name='seq_len_ph')
    keep_prob_ph = tf.placeholder(tf.float32, name='keep_prob_ph')

# Embedding layer
with tf.name_scope('Embedding_layer'):
    embeddings_var = tf.Variable(tf.random_uniform([vocabulary_size, EMBEDDING_DIM], -1.0, 1.0), trainable=True)
    tf.summary.histogram('embeddings_var', embeddings_var)
    batch_embedded = tf.nn.embedding_lookup(embeddings_var, batch_ph)

# (Bi-)RNN layer(-s)
rnn_outputs, _ = bi_rnn(GRUCell(HIDDEN_SIZE), GRUCell(HIDDEN_SIZE),
                        inputs=batch_embedded, sequence_length=seq_len_ph, dtype=tf.float32)
tf.summary.histogram('rnn_outputs', rnn_outputs)

# Attention layer
with tf.name_scope('Attention_layer'):
    attention_output, alphas = attention(rnn_outputs, ATTENTION_SIZE, return_alphas=True)
    tf.summary.histogram('alphas', alphas)

# Dropout
drop = tf.nn.dropout(attention_output, keep_prob_ph)

# Fully connected layer
with tf.name_scope('Fully_connected_layer'):
    W = tf.Variable(tf.truncated_normal([HIDDEN_SIZE * 2, 1], stddev=0.1))  # Hidden size is multiplied by 2 for Bi-RNN
    b = tf.Variable(tf.constant(0., shape=[1]))
    y_hat = tf.nn.xw_plus_b(drop, W, b)
    y_hat = tf.squeeze(y_hat)
    tf.summary.histogram('W', W)

with tf.name_scope('Metrics'):
    # Cross-entropy loss and optimizer initialization
    loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(logits=y_hat, labels=target_ph))
    tf.summary.scalar('loss', loss)
    optimizer = tf.train.AdamOptimizer(learning_rate=1e-3).minimize(loss)

    # Accuracy metric
    accuracy = tf.reduce_mean(tf.cast(tf.equal(tf.round(tf.sigmoid(y_hat)), target_ph), tf.float32))
    tf.summary.scalar('accuracy', accuracy)

merged = tf.summary.merge_all()

session_conf = tf.ConfigProto(
    gpu_options=tf.GPUOptions(
        allow_growth=True,
    ),
)

saver = tf.train.Saver()

with tf.Session(config=session_conf) as sess:
    sess.run(tf.global_variables_initializer())
    print("Start learning...")
    x_batch, y_batch = X_train, y_train
    seq_len = np.array([list(x).index(0) + 1 for x in x_batch])  # actual lengths of sequences
    loss_tr, acc, _, summary = sess.run([loss, accuracy, optimizer, merged],
                                        feed_dict={batch_ph: x_batch,
                                                   target_ph: y_batch,
                                                   seq_len_ph: seq_len,
                                                   keep_prob_ph: KEEP_PROB})
    print(type(loss_tr).__name__, type(acc).__name__, type(summary).__name__)
    x_batch, y_batch = X_test, y_test
    seq_len = np.array([list(x).index(0) + 1 for x in x_batch])
    loss_test_batch, acc, summary = sess.run([loss, accuracy, merged],
                                             feed_dict={batch_ph: x_batch,
                                                        target_ph: y_batch,
                                                        seq_len_ph: seq_len,
                                                        keep_prob_ph: 1.0})
    print(loss_test_batch.dtype, acc.dtype, len(summary) > 0)

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
