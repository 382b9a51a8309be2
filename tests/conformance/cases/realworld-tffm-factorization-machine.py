# source: geffy/tffm tffm/core.py (commit 13e2d61b), tffm/utils.py (TFFMCore kept as written; utils' matmul_wrapper, pow_wrapper, count_nonzero_wrapper, loss_logistic and loss_mse kept, `from . import utils` -> a class holding them as static methods; the decomposition helpers (get_shorter_decompositions, sort_topologically, initial_coefficient, powers_and_coefs: itertools.count under a generator expression) left out, so both models use use_diag=True (the polynomial-network branch that never calls them); base.py's fit/predict batching -> a small driver: a sparse order-3 model with reweight_reg and a dense order-2 model with loss_mse and reg 0.01, both with the default AdamOptimizer made once at class definition, 4 features, rank 2, seed 42, two trainer runs each on fixed (indices, values, shape) / dense batches and one prediction; summaries run)
import math
import numpy as np
import tensorflow as tf


def matmul_wrapper(A, B, optype):
    with tf.name_scope('matmul_wrapper') as scope:
        if optype == 'dense':
            return tf.matmul(A, B)
        elif optype == 'sparse':
            return tf.sparse_tensor_dense_matmul(A, B)
        else:
            raise NameError('Unknown input type in matmul_wrapper')


def pow_wrapper(X, p, optype):
    with tf.name_scope('pow_wrapper') as scope:
        if optype == 'dense':
            return tf.pow(X, p)
        elif optype == 'sparse':
            return tf.SparseTensor(X.indices, tf.pow(X.values, p), X.dense_shape)
        else:
            raise NameError('Unknown input type in pow_wrapper')


def count_nonzero_wrapper(X, optype):
    with tf.name_scope('count_nonzero_wrapper') as scope:
        if optype == 'dense':
            return tf.count_nonzero(X, axis=0, keep_dims=True)
        elif optype == 'sparse':
            indicator_X = tf.SparseTensor(X.indices, tf.ones_like(X.values), X.dense_shape)
            return tf.sparse_reduce_sum(indicator_X, axis=0, keep_dims=True)
        else:
            raise NameError('Unknown input type in count_nonzero_wrapper')


def loss_logistic(outputs, y):
    margins = -y * tf.transpose(outputs)
    raw_loss = tf.log(tf.add(1.0, tf.exp(margins)))
    return tf.minimum(raw_loss, 100, name='truncated_log_loss')

def loss_mse(outputs, y):
    return tf.pow(y -  tf.transpose(outputs), 2, name='mse_loss')


class utils:
    matmul_wrapper = staticmethod(matmul_wrapper)
    pow_wrapper = staticmethod(pow_wrapper)
    count_nonzero_wrapper = staticmethod(count_nonzero_wrapper)
    loss_logistic = staticmethod(loss_logistic)
    loss_mse = staticmethod(loss_mse)


class TFFMCore():
    def __init__(self, order=2, rank=2, input_type='dense', loss_function=utils.loss_logistic,
                optimizer=tf.train.AdamOptimizer(learning_rate=0.01), reg=0, init_std=0.01,
                use_diag=False, reweight_reg=False, seed=None, use_weights=False):
        self.order = order
        self.rank = rank
        self.use_diag = use_diag
        self.input_type = input_type
        self.loss_function = loss_function
        self.optimizer = optimizer
        self.reg = reg
        self.reweight_reg = reweight_reg
        self.init_std = init_std
        self.seed = seed
        self.n_features = None
        self.graph = None
        self.use_weights=use_weights

    def set_num_features(self, n_features):
        self.n_features = n_features

    def init_learnable_params(self):
        self.w = [None] * self.order
        for i in range(1, self.order + 1):
            r = self.rank
            if i == 1:
                r = 1
            rnd_weights = tf.random_uniform([self.n_features, r], -self.init_std, self.init_std)
            self.w[i - 1] = tf.verify_tensor_all_finite(
                tf.Variable(rnd_weights, trainable=True, name='embedding_' + str(i)),
                msg='NaN or Inf in w[{}].'.format(i-1))
        self.b = tf.Variable(self.init_std, trainable=True, name='bias')
        tf.summary.scalar('bias', self.b)

    def init_placeholders(self):
        if self.input_type == 'dense':
            self.train_x = tf.placeholder(tf.float32, shape=[None, self.n_features], name='x')
        else:
            with tf.name_scope('sparse_placeholders') as scope:
                self.raw_indices = tf.placeholder(tf.int64, shape=[None, 2], name='raw_indices')
                self.raw_values = tf.placeholder(tf.float32, shape=[None], name='raw_data')
                self.raw_shape = tf.placeholder(tf.int64, shape=[2], name='raw_shape')
            # tf.sparse_reorder is not needed since scipy return COO in canonical order
            self.train_x = tf.SparseTensor(self.raw_indices, self.raw_values, self.raw_shape)
        self.train_y = tf.placeholder(tf.float32, shape=[None], name='Y')
        self.train_s = tf.placeholder_with_default(input=tf.constant([1.0]), shape=[None], name='S')

    def pow_matmul(self, order, pow):
        if pow not in self.x_pow_cache:
            x_pow = utils.pow_wrapper(self.train_x, pow, self.input_type)
            self.x_pow_cache[pow] = x_pow
        if order not in self.matmul_cache:
            self.matmul_cache[order] = {}
        if pow not in self.matmul_cache[order]:
            w_pow = tf.pow(self.w[order - 1], pow)
            dot = utils.matmul_wrapper(self.x_pow_cache[pow], w_pow, self.input_type)
            self.matmul_cache[order][pow] = dot
        return self.matmul_cache[order][pow]

    def init_main_block(self):
        self.x_pow_cache = {}
        self.matmul_cache = {}
        self.outputs = self.b
        with tf.name_scope('linear_part') as scope:
            contribution = utils.matmul_wrapper(self.train_x, self.w[0], self.input_type)
        self.outputs += contribution
        for i in range(2, self.order + 1):
            with tf.name_scope('order_{}'.format(i)) as scope:
                raw_dot = utils.matmul_wrapper(self.train_x, self.w[i - 1], self.input_type)
                dot = tf.pow(raw_dot, i)
                if self.use_diag:
                    contribution = tf.reshape(tf.reduce_sum(dot, [1]), [-1, 1])
                    contribution /= 2.0**(i-1)
                else:
                    initialization_shape = tf.shape(dot)
                    for in_pows, out_pows, coef in utils.powers_and_coefs(i):
                        product_of_pows = tf.ones(initialization_shape)
                        for pow_idx in range(len(in_pows)):
                            pmm = self.pow_matmul(i, in_pows[pow_idx])
                            product_of_pows *= tf.pow(pmm, out_pows[pow_idx])
                        dot -= coef * product_of_pows
                    contribution = tf.reshape(tf.reduce_sum(dot, [1]), [-1, 1])
                    contribution /= float(math.factorial(i))
            self.outputs += contribution

    def init_regularization(self):
        with tf.name_scope('regularization') as scope:
            self.regularization = 0
            with tf.name_scope('reweights') as scope:
                if self.reweight_reg:
                    counts = utils.count_nonzero_wrapper(self.train_x, self.input_type)
                    sqrt_counts = tf.transpose(tf.sqrt(tf.to_float(counts)))
                else:
                    sqrt_counts = tf.ones_like(self.w[0])
                self.reweights = sqrt_counts / tf.reduce_sum(sqrt_counts)
            for order in range(1, self.order + 1):
                node_name = 'regularization_penalty_' + str(order)
                norm = tf.reduce_mean(tf.pow(self.w[order - 1]*self.reweights, 2), name=node_name)
                tf.summary.scalar('penalty_W_{}'.format(order), norm)
                self.regularization += norm
            tf.summary.scalar('regularization_penalty', self.regularization)

    def init_loss(self):
        with tf.name_scope('loss') as scope:
            if self.use_weights:
                self.loss = self.loss_function(self.outputs, self.train_y, self.train_s)
            else:
                self.loss = self.loss_function(self.outputs, self.train_y)

            self.reduced_loss = tf.reduce_mean(self.loss)
            tf.summary.scalar('loss', self.reduced_loss)

    def init_target(self):
        with tf.name_scope('target') as scope:
            self.target = self.reduced_loss + self.reg * self.regularization
            self.checked_target = tf.verify_tensor_all_finite(
                self.target,
                msg='NaN or Inf in target value',
                name='target')
            tf.summary.scalar('target', self.checked_target)

    def build_graph(self):
        """Build computational graph according to params."""
        assert self.n_features is not None, 'Number of features is unknown. It can be set explicitly by .core.set_num_features'
        self.graph = tf.Graph()
        self.graph.seed = self.seed
        with self.graph.as_default():
            with tf.name_scope('learnable_params') as scope:
                self.init_learnable_params()
            with tf.name_scope('input_block') as scope:
                self.init_placeholders()
            with tf.name_scope('main_block') as scope:
                self.init_main_block()
            with tf.name_scope('optimization_criterion') as scope:
                self.init_regularization()
                self.init_loss()
                self.init_target()
            self.trainer = self.optimizer.minimize(self.checked_target)
            self.init_all_vars = tf.global_variables_initializer()
            self.summary_op = tf.summary.merge_all()
            self.saver = tf.train.Saver()


sparse_core = TFFMCore(order=3, rank=2, input_type='sparse', use_diag=True, reweight_reg=True, seed=42)
sparse_core.set_num_features(4)
sparse_core.build_graph()
dense_core = TFFMCore(order=2, rank=2, input_type='dense', loss_function=utils.loss_mse, reg=0.01,
                      use_diag=True, seed=42)
dense_core.set_num_features(4)
dense_core.build_graph()
print(sparse_core.optimizer is dense_core.optimizer, sparse_core.graph.seed, sparse_core.outputs.shape)

indices = np.array([[0, 0], [0, 2], [1, 1], [1, 3], [2, 0], [2, 3]], dtype=np.int64)
values = np.array([1.0, 0.5, 2.0, 1.0, 1.5, 0.25], dtype=np.float32)
shape = np.array([3, 4], dtype=np.int64)
y = np.array([1.0, -1.0, 1.0], dtype=np.float32)
with tf.Session(graph=sparse_core.graph) as sess:
    sess.run(sparse_core.init_all_vars)
    feed = {sparse_core.raw_indices: indices, sparse_core.raw_values: values, sparse_core.raw_shape: shape,
            sparse_core.train_y: y}
    for _ in range(2):
        _, target, summary = sess.run([sparse_core.trainer, sparse_core.target, sparse_core.summary_op], feed)
    print(type(target).__name__, type(summary).__name__, sess.run(sparse_core.outputs, feed).shape)

x = np.array([[1.0, 0.0, 0.5, 0.0], [0.0, 2.0, 0.0, 1.0], [1.5, 0.0, 0.0, 0.25]], dtype=np.float32)
with tf.Session(graph=dense_core.graph) as sess:
    sess.run(dense_core.init_all_vars)
    feed = {dense_core.train_x: x, dense_core.train_y: y}
    for _ in range(2):
        _, target = sess.run([dense_core.trainer, dense_core.target], feed)
    print(type(target).__name__, sess.run(dense_core.reweights).shape)

for core in (sparse_core, dense_core):
    with core.graph.as_default():
        for op in tf.get_default_graph().get_operations():
            print(op.name, op.type)
        for v in tf.global_variables():
            print(v.name, v.shape)
