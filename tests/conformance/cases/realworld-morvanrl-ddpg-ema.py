# source: MorvanZhou/Reinforcement-learning-with-tensorflow contents/9_Deep_Deterministic_Policy_Gradient_DDPG/DDPG_update2.py (DDPG kept as written: target networks as ExponentialMovingAverage shadows read through a custom_getter; the gym Pendulum env replaced by s_dim 3, a_dim 1, a_bound [2.]; hidden 30 -> 8, MEMORY_CAPACITY 10000 -> 16, BATCH_SIZE 32 -> 4; the episode loop replaced by filling the memory and one learn step)
import tensorflow as tf
import numpy as np


#####################  hyper parameters  ####################

MAX_EPISODES = 200
MAX_EP_STEPS = 200
LR_A = 0.001    # learning rate for actor
LR_C = 0.002    # learning rate for critic
GAMMA = 0.9     # reward discount
TAU = 0.01      # soft replacement
MEMORY_CAPACITY = 16
BATCH_SIZE = 4

RENDER = False
ENV_NAME = 'Pendulum-v0'


###############################  DDPG  ####################################


class DDPG(object):
    def __init__(self, a_dim, s_dim, a_bound,):
        self.memory = np.zeros((MEMORY_CAPACITY, s_dim * 2 + a_dim + 1), dtype=np.float32)
        self.pointer = 0
        self.sess = tf.Session()

        self.a_dim, self.s_dim, self.a_bound = a_dim, s_dim, a_bound,
        self.S = tf.placeholder(tf.float32, [None, s_dim], 's')
        self.S_ = tf.placeholder(tf.float32, [None, s_dim], 's_')
        self.R = tf.placeholder(tf.float32, [None, 1], 'r')

        ema = tf.train.ExponentialMovingAverage(decay=1 - TAU)

        def ema_getter(getter, name, *args, **kwargs):
            return ema.average(getter(name, *args, **kwargs))

        self.a = self._build_a(self.S,)
        a_params = tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope='Actor')

        # assign self.a = a in memory when calculating q for td_error,
        # otherwise the self.a is from Actor when updating Actor
        q = self._build_c(self.S, self.a,)
        c_params = tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope='Critic')

        target_update = [ema.apply(a_params), ema.apply(c_params)]
        a_ = self._build_a(self.S_, reuse=True, custom_getter=ema_getter)
        q_ = self._build_c(self.S_, a_, reuse=True, custom_getter=ema_getter)

        with tf.control_dependencies(target_update):
            q_target = self.R + GAMMA * q_
            # in the feed_dict for the td_error, the self.a should change to actions in memory
            td_error = tf.losses.mean_squared_error(labels=q_target, predictions=q)
            a_loss = - tf.reduce_mean(q)  # maximize the q
            self.atrain = tf.train.AdamOptimizer(LR_A).minimize(a_loss, var_list=a_params)
            self.ctrain = tf.train.AdamOptimizer(LR_C).minimize(td_error, var_list=c_params)

        self.sess.run(tf.global_variables_initializer())

    def choose_action(self, s):
        return self.sess.run(self.a, {self.S: s[np.newaxis, :]})[0]

    def learn(self):
        indices = np.random.choice(MEMORY_CAPACITY, size=BATCH_SIZE)
        bt = self.memory[indices, :]
        bs = bt[:, :self.s_dim]
        ba = bt[:, self.s_dim: self.s_dim + self.a_dim]
        br = bt[:, -self.s_dim - 1: -self.s_dim]
        bs_ = bt[:, -self.s_dim:]

        self.sess.run(self.atrain, {self.S: bs})
        self.sess.run(self.ctrain, {self.S: bs, self.a: ba, self.R: br, self.S_: bs_})

    def store_transition(self, s, a, r, s_):
        transition = np.hstack((s, a, [r], s_))
        index = self.pointer % MEMORY_CAPACITY  # replace the old memory with new memory
        self.memory[index, :] = transition
        self.pointer += 1

    def _build_a(self, s, reuse=None, custom_getter=None):
        trainable = True if reuse is None else False
        with tf.variable_scope('Actor', reuse=reuse, custom_getter=custom_getter):
            net = tf.layers.dense(s, 8, activation=tf.nn.relu, name='l1', trainable=trainable)
            a = tf.layers.dense(net, self.a_dim, activation=tf.nn.tanh, name='a', trainable=trainable)
            return tf.multiply(a, self.a_bound, name='scaled_a')

    def _build_c(self, s, a, reuse=None, custom_getter=None):
        trainable = True if reuse is None else False
        with tf.variable_scope('Critic', reuse=reuse, custom_getter=custom_getter):
            n_l1 = 8
            w1_s = tf.get_variable('w1_s', [self.s_dim, n_l1], trainable=trainable)
            w1_a = tf.get_variable('w1_a', [self.a_dim, n_l1], trainable=trainable)
            b1 = tf.get_variable('b1', [1, n_l1], trainable=trainable)
            net = tf.nn.relu(tf.matmul(s, w1_s) + tf.matmul(a, w1_a) + b1)
            return tf.layers.dense(net, 1, trainable=trainable)  # Q(s,a)


###############################  training  ####################################

s_dim = 3
a_dim = 1
a_bound = np.array([2.])

ddpg = DDPG(a_dim, s_dim, a_bound)

var = 3  # control exploration
s = np.array([0.1, -0.2, 0.3])
for j in range(MEMORY_CAPACITY + 1):
    a = ddpg.choose_action(s)
    a = np.clip(a + 0.1, -2, 2)
    s_ = s * 0.9
    ddpg.store_transition(s, a, -1.0 / 10, s_)
    if ddpg.pointer > MEMORY_CAPACITY:
        var *= .9995    # decay the action randomness
        ddpg.learn()
    s = s_
print(ddpg.pointer, round(var, 4))

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
