import tensorflow as tf
class PTBModel(object):
    def __init__(self, is_training, batch_size, num_steps, size=4, vocab_size=10, num_layers=2):
        self._input_data = tf.placeholder(tf.int32, [batch_size, num_steps])
        self._targets = tf.placeholder(tf.int32, [batch_size, num_steps])
        def lstm_cell():
            return tf.nn.rnn_cell.BasicLSTMCell(size, forget_bias=0.0, state_is_tuple=True, reuse=tf.get_variable_scope().reuse)
        attn_cell = lstm_cell
        if is_training:
            def attn_cell():
                return tf.nn.rnn_cell.DropoutWrapper(lstm_cell(), output_keep_prob=0.5)
        cell = tf.nn.rnn_cell.MultiRNNCell([attn_cell() for _ in range(num_layers)], state_is_tuple=True)
        self._initial_state = cell.zero_state(batch_size, tf.float32)
        with tf.device("/cpu:0"):
            embedding = tf.get_variable("embedding", [vocab_size, size], dtype=tf.float32)
            inputs = tf.nn.embedding_lookup(embedding, self._input_data)
        if is_training:
            inputs = tf.nn.dropout(inputs, 0.5)
        outputs = []
        state = self._initial_state
        with tf.variable_scope("RNN"):
            for time_step in range(num_steps):
                if time_step > 0: tf.get_variable_scope().reuse_variables()
                (cell_output, state) = cell(inputs[:, time_step, :], state)
                outputs.append(cell_output)
        output = tf.reshape(tf.concat(outputs, 1), [-1, size])
        softmax_w = tf.get_variable("softmax_w", [size, vocab_size], dtype=tf.float32)
        softmax_b = tf.get_variable("softmax_b", [vocab_size], dtype=tf.float32)
        logits = tf.matmul(output, softmax_w) + softmax_b
        self._final_state = state
        self.logits = logits
initializer = tf.random_uniform_initializer(-0.1, 0.1)
with tf.name_scope("Train"):
    with tf.variable_scope("Model", reuse=None, initializer=initializer):
        m = PTBModel(is_training=True, batch_size=2, num_steps=3)
with tf.name_scope("Valid"):
    with tf.variable_scope("Model", reuse=True, initializer=initializer):
        mvalid = PTBModel(is_training=False, batch_size=2, num_steps=3)
print(m._final_state, mvalid.logits)
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, op.device)
for v in tf.global_variables():
    print(v.name, v.shape)
