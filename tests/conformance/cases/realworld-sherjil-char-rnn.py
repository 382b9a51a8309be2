# source: sherjilozair/char-rnn-tensorflow model.py, train.py, sample.py (Model and sample() kept as written except `from tensorflow.contrib import rnn` -> tf.nn.rnn_cell (the same cell classes) and tf.contrib.legacy_seq2seq's rnn_decoder and sequence_loss_by_example replaced by their bodies (variable scopes and name scope as in TF 1.x); train.py's argparse -> a plain class (lstm, rnn_size 128 -> 4, num_layers 2, vocab 5, batch 50 -> 2, seq_length 50 -> 3), TextLoader -> fixed batches, one lr assign and one training step with the state fed back as train.py does; sample.py's model built in a second graph, 4 characters sampled from prime 'ab' with sampling_type 0 (argmax: weighted_pick's int() of a 1-element array fails under numpy 2), checkpoints and pickles dropped)
import numpy as np
import tensorflow as tf

rnn = tf.nn.rnn_cell


class legacy_seq2seq(object):
    # tf.contrib.legacy_seq2seq, the two functions the model uses
    @staticmethod
    def rnn_decoder(decoder_inputs, initial_state, cell, loop_function=None, scope=None):
        with tf.variable_scope(scope or "rnn_decoder"):
            state = initial_state
            outputs = []
            prev = None
            for i, inp in enumerate(decoder_inputs):
                if loop_function is not None and prev is not None:
                    with tf.variable_scope("loop_function", reuse=True):
                        inp = loop_function(prev, i)
                if i > 0:
                    tf.get_variable_scope().reuse_variables()
                output, state = cell(inp, state)
                outputs.append(output)
                if loop_function is not None:
                    prev = output
        return outputs, state

    @staticmethod
    def sequence_loss_by_example(logits, targets, weights, average_across_timesteps=True,
                                 softmax_loss_function=None, name=None):
        if len(targets) != len(logits) or len(weights) != len(logits):
            raise ValueError("Lengths of logits, weights, and targets must be the same "
                             "%d, %d, %d." % (len(logits), len(weights), len(targets)))
        with tf.name_scope(name, "sequence_loss_by_example", logits + targets + weights):
            log_perp_list = []
            for logit, target, weight in zip(logits, targets, weights):
                if softmax_loss_function is None:
                    target = tf.reshape(target, [-1])
                    crossent = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=target, logits=logit)
                else:
                    crossent = softmax_loss_function(labels=target, logits=logit)
                log_perp_list.append(crossent * weight)
            log_perps = tf.add_n(log_perp_list)
            if average_across_timesteps:
                total_size = tf.add_n(weights)
                total_size += 1e-12  # Just to avoid division by 0 for all-0 weights.
                log_perps /= total_size
        return log_perps


class Model():
    def __init__(self, args, infer=False):
        self.args = args
        if infer:
            args.batch_size = 1
            args.seq_length = 1

        if args.model == 'rnn':
            cell_fn = rnn.BasicRNNCell
        elif args.model == 'gru':
            cell_fn = rnn.GRUCell
        elif args.model == 'lstm':
            cell_fn = rnn.BasicLSTMCell
        else:
            raise Exception("model type not supported: {}".format(args.model))

        cell = cell_fn(args.rnn_size, state_is_tuple=True)

        self.cell = cell = rnn.MultiRNNCell([cell] * args.num_layers, state_is_tuple=True)

        self.input_data = tf.placeholder(tf.int32, [args.batch_size, args.seq_length])
        self.targets = tf.placeholder(tf.int32, [args.batch_size, args.seq_length])
        self.initial_state = cell.zero_state(args.batch_size, tf.float32)

        with tf.variable_scope('rnnlm'):
            softmax_w = tf.get_variable("softmax_w", [args.rnn_size, args.vocab_size])
            softmax_b = tf.get_variable("softmax_b", [args.vocab_size])

        embedding = tf.get_variable("embedding", [args.vocab_size, args.rnn_size])
        inputs = tf.split(tf.nn.embedding_lookup(embedding, self.input_data), args.seq_length, 1)
        inputs = [tf.squeeze(input_, [1]) for input_ in inputs]

        def loop(prev, _):
            prev = tf.matmul(prev, softmax_w) + softmax_b
            prev_symbol = tf.stop_gradient(tf.argmax(prev, 1))
            return tf.nn.embedding_lookup(embedding, prev_symbol)

        outputs, last_state = legacy_seq2seq.rnn_decoder(inputs, self.initial_state, cell, loop_function=loop if infer else None, scope='rnnlm')
        output = tf.reshape(tf.concat(outputs, 1), [-1, args.rnn_size])
        self.logits = tf.matmul(output, softmax_w) + softmax_b
        self.probs = tf.nn.softmax(self.logits)
        loss = legacy_seq2seq.sequence_loss_by_example([self.logits],
                [tf.reshape(self.targets, [-1])],
                [tf.ones([args.batch_size * args.seq_length])],
                args.vocab_size)
        self.cost = tf.reduce_sum(loss) / args.batch_size / args.seq_length
        self.final_state = last_state
        self.lr = tf.Variable(0.0, trainable=False)
        tvars = tf.trainable_variables()
        grads, _ = tf.clip_by_global_norm(tf.gradients(self.cost, tvars),
                args.grad_clip)
        optimizer = tf.train.AdamOptimizer(self.lr)
        self.train_op = optimizer.apply_gradients(zip(grads, tvars))

    def sample(self, sess, chars, vocab, num=200, prime='The ', sampling_type=1):
        state = sess.run(self.cell.zero_state(1, tf.float32))
        for char in prime[:-1]:
            x = np.zeros((1, 1))
            x[0, 0] = vocab[char]
            feed = {self.input_data: x, self.initial_state:state}
            [state] = sess.run([self.final_state], feed)

        def weighted_pick(weights):
            t = np.cumsum(weights)
            s = np.sum(weights)
            return(int(np.searchsorted(t, np.random.rand(1)*s)))

        ret = prime
        char = prime[-1]
        for n in range(num):
            x = np.zeros((1, 1))
            x[0, 0] = vocab[char]
            feed = {self.input_data: x, self.initial_state:state}
            [probs, state] = sess.run([self.probs, self.final_state], feed)
            p = probs[0]

            if sampling_type == 0:
                sample = np.argmax(p)
            elif sampling_type == 2:
                if char == ' ':
                    sample = weighted_pick(p)
                else:
                    sample = np.argmax(p)
            else: # sampling_type == 1 default:
                sample = weighted_pick(p)

            pred = chars[sample]
            ret += pred
            char = pred
        return ret


class Args(object):
    model = 'lstm'
    rnn_size = 4
    num_layers = 2
    vocab_size = 5
    batch_size = 2
    seq_length = 3
    grad_clip = 5.
    learning_rate = 0.002
    decay_rate = 0.97


chars = ('a', 'b', 'c', 'd', ' ')
vocab = dict(zip(chars, range(len(chars))))
args = Args()
model = Model(args)
with tf.Session() as sess:
    tf.global_variables_initializer().run()
    e = 0
    sess.run(tf.assign(model.lr, args.learning_rate * (args.decay_rate ** e)))
    state = sess.run(model.initial_state)
    x = np.array([[0, 1, 2], [3, 4, 0]])
    y = np.array([[1, 2, 3], [4, 0, 1]])
    feed = {model.input_data: x, model.targets: y}
    for i, (c, h) in enumerate(model.initial_state):
        feed[c] = state[i].c
        feed[h] = state[i].h
    train_loss, state, _ = sess.run([model.cost, model.final_state, model.train_op], feed)
    print(type(train_loss).__name__, len(state), state[0].c.shape)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)

np.random.seed(1)
with tf.Graph().as_default():
    sample_model = Model(Args(), True)
    with tf.Session() as sess:
        tf.global_variables_initializer().run()
        text = sample_model.sample(sess, chars, vocab, 4, 'ab', 0)
        print(len(text), text[:2])
    print(len(tf.get_default_graph().get_operations()))
    for op in tf.get_default_graph().get_operations():
        if 'loop_function' in op.name or 'sequence_loss' in op.name:
            print(op.name, op.type)
