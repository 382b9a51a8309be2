import tensorflow as tf
vocab, emb, hidden, B = 20, 6, 8, 4
enc_in = tf.placeholder(tf.int32, [B, 5])
dec_in = tf.placeholder(tf.int32, [B, 4])
targets = tf.placeholder(tf.int32, [B, 4])
enc_len = tf.placeholder(tf.int32, [B])
embedding = tf.get_variable("embedding", [vocab, emb])
enc_emb = tf.nn.embedding_lookup(embedding, enc_in)
dec_emb = tf.nn.embedding_lookup(embedding, dec_in)
with tf.variable_scope("encoder"):
    enc_cell = tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.GRUCell(hidden), output_keep_prob=0.8)
    enc_out, enc_state = tf.nn.dynamic_rnn(enc_cell, enc_emb, sequence_length=enc_len, dtype=tf.float32)
with tf.variable_scope("decoder"):
    dec_cell = tf.nn.rnn_cell.GRUCell(hidden)
    dec_out, _ = tf.nn.dynamic_rnn(dec_cell, dec_emb, initial_state=enc_state)
logits = tf.layers.dense(dec_out, vocab)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=targets, logits=logits))
params = tf.trainable_variables()
grads, _ = tf.clip_by_global_norm(tf.gradients(loss, params), 5.0)
train = tf.train.AdamOptimizer(0.001).apply_gradients(zip(grads, params))
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
