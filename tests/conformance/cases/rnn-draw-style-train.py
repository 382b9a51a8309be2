import tensorflow as tf
batch_size, enc_size, dec_size, T = 4, 5, 6, 3
x = tf.placeholder(tf.float32, shape=(batch_size, 8))
lstm_enc = tf.nn.rnn_cell.LSTMCell(enc_size, state_is_tuple=True)
lstm_dec = tf.nn.rnn_cell.LSTMCell(dec_size, state_is_tuple=True)
DO_SHARE = None
def linear(x, output_dim):
    w = tf.get_variable("w", [x.get_shape()[1], output_dim])
    b = tf.get_variable("b", [output_dim], initializer=tf.constant_initializer(0.0))
    return tf.matmul(x, w) + b
def encode(state, input):
    with tf.variable_scope("encoder", reuse=DO_SHARE):
        return lstm_enc(input, state)
def decode(state, input):
    with tf.variable_scope("decoder", reuse=DO_SHARE):
        return lstm_dec(input, state)
h_dec_prev = tf.zeros((batch_size, dec_size))
enc_state = lstm_enc.zero_state(batch_size, tf.float32)
dec_state = lstm_dec.zero_state(batch_size, tf.float32)
cs = [0] * T
for t in range(T):
    c_prev = tf.zeros((batch_size, 8)) if t == 0 else cs[t - 1]
    r = tf.concat([x, x - tf.sigmoid(c_prev)], 1)
    h_enc, enc_state = encode(enc_state, tf.concat([r, h_dec_prev], 1))
    with tf.variable_scope("mu", reuse=DO_SHARE):
        z = linear(h_enc, 2)
    h_dec, dec_state = decode(dec_state, z)
    with tf.variable_scope("write", reuse=DO_SHARE):
        cs[t] = c_prev + linear(h_dec, 8)
    h_dec_prev = h_dec
    DO_SHARE = True
loss = tf.reduce_mean(tf.square(tf.sigmoid(cs[-1]) - x))
opt = tf.train.AdamOptimizer(1e-3, beta1=0.5)
grads = opt.compute_gradients(loss)
for i, (g, v) in enumerate(grads):
    if g is not None:
        grads[i] = (tf.clip_by_norm(g, 5), v)
train_op = opt.apply_gradients(grads)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
