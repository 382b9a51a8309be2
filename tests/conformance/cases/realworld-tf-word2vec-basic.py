# source: tensorflow/tensorflow tensorflow/examples/tutorials/word2vec/word2vec_basic.py (Step 4's graph and one Step 5 training step kept as written; the text8 download, vocabulary building and generate_batch replaced by fixed numpy batches, reverse_dictionary by word ids; vocabulary 50000 -> 20, batch 128 -> 8, embedding 128 -> 4, num_sampled 64 -> 3, valid_size 16 -> 3 from range(10); FileWriter, metadata.tsv, saver.save, projector and TSNE plotting dropped; np.random seeded so the validation words repeat)
import math

import numpy as np
import tensorflow as tf

np.random.seed(1)

vocabulary_size = 20
batch_size = 8
embedding_size = 4  # Dimension of the embedding vector.
skip_window = 1  # How many words to consider left and right.
num_skips = 2  # How many times to reuse an input to generate a label.
num_sampled = 3  # Number of negative examples to sample.

valid_size = 3  # Random set of words to evaluate similarity on.
valid_window = 10  # Only pick dev samples in the head of the distribution.
valid_examples = np.random.choice(valid_window, valid_size, replace=False)

graph = tf.Graph()

with graph.as_default():

  # Input data.
  with tf.name_scope('inputs'):
    train_inputs = tf.placeholder(tf.int32, shape=[batch_size])
    train_labels = tf.placeholder(tf.int32, shape=[batch_size, 1])
    valid_dataset = tf.constant(valid_examples, dtype=tf.int32)

  # Ops and variables pinned to the CPU because of missing GPU implementation
  with tf.device('/cpu:0'):
    # Look up embeddings for inputs.
    with tf.name_scope('embeddings'):
      embeddings = tf.Variable(
          tf.random_uniform([vocabulary_size, embedding_size], -1.0, 1.0))
      embed = tf.nn.embedding_lookup(embeddings, train_inputs)

    # Construct the variables for the NCE loss
    with tf.name_scope('weights'):
      nce_weights = tf.Variable(
          tf.truncated_normal([vocabulary_size, embedding_size],
                              stddev=1.0 / math.sqrt(embedding_size)))
    with tf.name_scope('biases'):
      nce_biases = tf.Variable(tf.zeros([vocabulary_size]))

  # Compute the average NCE loss for the batch.
  # tf.nce_loss automatically draws a new sample of the negative labels each
  # time we evaluate the loss.
  with tf.name_scope('loss'):
    loss = tf.reduce_mean(
        tf.nn.nce_loss(
            weights=nce_weights,
            biases=nce_biases,
            labels=train_labels,
            inputs=embed,
            num_sampled=num_sampled,
            num_classes=vocabulary_size))

  # Add the loss value as a scalar to summary.
  tf.summary.scalar('loss', loss)

  # Construct the SGD optimizer using a learning rate of 1.0.
  with tf.name_scope('optimizer'):
    optimizer = tf.train.GradientDescentOptimizer(1.0).minimize(loss)

  # Compute the cosine similarity between minibatch examples and all
  # embeddings.
  norm = tf.sqrt(tf.reduce_sum(tf.square(embeddings), 1, keepdims=True))
  normalized_embeddings = embeddings / norm
  valid_embeddings = tf.nn.embedding_lookup(normalized_embeddings,
                                            valid_dataset)
  similarity = tf.matmul(
      valid_embeddings, normalized_embeddings, transpose_b=True)

  # Merge all summaries.
  merged = tf.summary.merge_all()

  # Add variable initializer.
  init = tf.global_variables_initializer()

  # Create a saver.
  saver = tf.train.Saver()

# Step 5: Begin training.
num_steps = 1

with tf.compat.v1.Session(graph=graph) as session:
  # We must initialize all variables before we use them.
  init.run()
  print('Initialized')

  average_loss = 0
  for step in range(num_steps):
    batch_inputs = np.array([3, 3, 4, 4, 5, 5, 6, 6], dtype=np.int32)
    batch_labels = np.array([[2], [4], [3], [5], [4], [6], [5], [7]], dtype=np.int32)
    feed_dict = {train_inputs: batch_inputs, train_labels: batch_labels}

    # Define metadata variable.
    run_metadata = tf.RunMetadata()

    # We perform one update step by evaluating the optimizer op (including it
    # in the list of returned values for session.run()
    _, summary, loss_val = session.run([optimizer, merged, loss],
                                       feed_dict=feed_dict,
                                       run_metadata=run_metadata)
    average_loss += loss_val

    sim = similarity.eval()
    for i in range(valid_size):
      top_k = 4  # number of nearest neighbors
      nearest = (-sim[i, :]).argsort()[1:top_k + 1]
      print(len(nearest), sim.shape)
  final_embeddings = normalized_embeddings.eval()
  print(final_embeddings.shape, np.allclose(np.sqrt((final_embeddings ** 2).sum(axis=1)), 1.0, atol=1e-5))

for op in graph.get_operations():
  print(op.name, op.type)
with graph.as_default():
  for v in tf.global_variables():
    print(v.name, v.shape)
