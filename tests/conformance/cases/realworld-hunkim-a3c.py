# source: hunkim/ReinforcementZeroToAll 10_2_A3C_threads.py (copy_src_to_dst, pipeline, crop_image, kill_background_grayscale, discount_reward, A3CNetwork and Agent kept as written except: Agent's base threading.Thread -> object (scopecli runs no threads: main() calls play_episode once per agent instead of start()/Coordinator.wait_for_stop), tf.contrib.layers.flatten replaced by its body (name_scope(None, 'Flatten') around tf.layers.flatten), resize_image's scipy.misc.imresize(nearest) -> numpy index sampling; the layers 16/32 filters and 256 units -> 2/3/4; gym's PongDeterministic-v4 -> a fixed 4-step episode of 210x160 frames with rewards 0, 0, 1, -1; main(): 16 threads -> 2, the checkpoint directory, Monitor wrapper, Saver restore/save and KeyboardInterrupt handling dropped)
import tensorflow as tf
import numpy as np


def flatten(inputs, outputs_collections=None, scope=None):
    with tf.name_scope(scope, 'Flatten', [inputs]) as sc:
        outputs = tf.layers.flatten(inputs)
        return outputs


def copy_src_to_dst(from_scope, to_scope):
    from_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, from_scope)
    to_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, to_scope)

    op_holder = []
    for from_var, to_var in zip(from_vars, to_vars):
        op_holder.append(to_var.assign(from_var))
    return op_holder


def pipeline(image, new_HW=(80, 80), height_range=(35, 193), bg=(144, 72, 17)):
    image = crop_image(image, height_range)
    image = resize_image(image, new_HW)
    image = kill_background_grayscale(image, bg)
    image = np.expand_dims(image, axis=2)

    return image


def resize_image(image, new_HW):
    rows = np.arange(new_HW[0]) * image.shape[0] // new_HW[0]
    cols = np.arange(new_HW[1]) * image.shape[1] // new_HW[1]
    return image[rows][:, cols]


def crop_image(image, height_range=(35, 195)):
    h_beg, h_end = height_range
    return image[h_beg:h_end, ...]


def kill_background_grayscale(image, bg):
    H, W, _ = image.shape

    R = image[..., 0]
    G = image[..., 1]
    B = image[..., 2]

    cond = (R == bg[0]) & (G == bg[1]) & (B == bg[2])

    image = np.zeros((H, W))
    image[~cond] = 1

    return image


def discount_reward(rewards, gamma=0.99):
    discounted_r = np.zeros_like(rewards, dtype=np.float32)
    running_add = 0
    for t in reversed(range(len(rewards))):
        if rewards[t] != 0:
            running_add = 0
        running_add = running_add * gamma + rewards[t]
        discounted_r[t] = running_add

    return discounted_r


class A3CNetwork(object):

    def __init__(self, name, input_shape, output_dim, logdir=None):
        with tf.variable_scope(name):
            self.states = tf.placeholder(tf.float32, shape=[None, *input_shape], name="states")
            self.actions = tf.placeholder(tf.uint8, shape=[None], name="actions")
            self.rewards = tf.placeholder(tf.float32, shape=[None], name="rewards")
            self.advantage = tf.placeholder(tf.float32, shape=[None], name="advantage")

            action_onehot = tf.one_hot(self.actions, output_dim, name="action_onehot")
            net = self.states

            with tf.variable_scope("layer1"):
                net = tf.layers.conv2d(net,
                                       filters=2,
                                       kernel_size=(8, 8),
                                       strides=(4, 4),
                                       name="conv")
                net = tf.nn.relu(net, name="relu")

            with tf.variable_scope("layer2"):
                net = tf.layers.conv2d(net,
                                       filters=3,
                                       kernel_size=(4, 4),
                                       strides=(2, 2),
                                       name="conv")
                net = tf.nn.relu(net, name="relu")

            with tf.variable_scope("fc1"):
                net = flatten(net)
                net = tf.layers.dense(net, 4, name='dense')
                net = tf.nn.relu(net, name='relu')

            # actor network
            actions = tf.layers.dense(net, output_dim, name="final_fc")
            self.action_prob = tf.nn.softmax(actions, name="action_prob")
            single_action_prob = tf.reduce_sum(self.action_prob * action_onehot, axis=1)

            entropy = - self.action_prob * tf.log(self.action_prob + 1e-7)
            entropy = tf.reduce_sum(entropy, axis=1)

            log_action_prob = tf.log(single_action_prob + 1e-7)
            maximize_objective = log_action_prob * self.advantage + entropy * 0.005
            self.actor_loss = - tf.reduce_mean(maximize_objective)

            # value network
            self.values = tf.squeeze(tf.layers.dense(net, 1, name="values"))
            self.value_loss = tf.losses.mean_squared_error(labels=self.rewards,
                                                           predictions=self.values)

            self.total_loss = self.actor_loss + self.value_loss * .5
            self.optimizer = tf.train.AdamOptimizer()

        var_list = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope=name)
        self.gradients = self.optimizer.compute_gradients(self.total_loss, var_list)
        self.gradients_placeholders = []

        for grad, var in self.gradients:
            placeholder = tf.placeholder(var.dtype, shape=var.get_shape())
            placeholder = tf.clip_by_norm(placeholder, 40)
            self.gradients_placeholders.append((placeholder, var))
        self.apply_gradients = self.optimizer.apply_gradients(self.gradients_placeholders)

        if logdir:
            loss_summary = tf.summary.scalar("total_loss", self.total_loss)
            value_summary = tf.summary.histogram("values", self.values)

            self.summary_op = tf.summary.merge([loss_summary, value_summary])


class Agent(object):

    def __init__(self, session, env, coord, name, global_network, input_shape, output_dim, logdir=None):
        super(Agent, self).__init__()
        self.local = A3CNetwork(name, input_shape, output_dim, logdir)
        self.global_to_local = copy_src_to_dst("global", name)
        self.global_network = global_network

        self.input_shape = input_shape
        self.output_dim = output_dim
        self.env = env
        self.sess = session
        self.coord = coord
        self.name = name
        self.logdir = logdir

    def print(self, reward):
        message = "Agent(name={}, reward={})".format(self.name, reward)
        print(message)

    def play_episode(self):
        self.sess.run(self.global_to_local)

        states = []
        actions = []
        rewards = []

        s = self.env.reset()
        s = pipeline(s)
        state_diff = s

        done = False
        total_reward = 0
        time_step = 0
        while not done:

            a = self.choose_action(state_diff)
            s2, r, done, _ = self.env.step(a)

            s2 = pipeline(s2)
            total_reward += r

            states.append(state_diff)
            actions.append(a)
            rewards.append(r)

            state_diff = s2 - s
            s = s2

            if r == -1 or r == 1 or done:
                time_step += 1

                if time_step >= 5 or done:
                    self.train(states, actions, rewards)
                    self.sess.run(self.global_to_local)
                    states, actions, rewards = [], [], []
                    time_step = 0

        self.print(total_reward)

    def choose_action(self, state):
        state = np.reshape(state, [-1, *self.input_shape])
        feed = {
            self.local.states: state
        }

        action = self.sess.run(self.local.action_prob, feed)
        action = np.squeeze(action)

        return np.random.choice(np.arange(self.output_dim) + 1, p=action)

    def train(self, states, actions, rewards):
        states = np.array(states)
        actions = np.array(actions) - 1
        rewards = np.array(rewards)

        feed = {
            self.local.states: states
        }

        values = self.sess.run(self.local.values, feed)

        rewards = discount_reward(rewards, gamma=0.99)
        rewards -= np.mean(rewards)
        rewards /= np.std(rewards)

        advantage = rewards - values
        advantage -= np.mean(advantage)
        advantage /= np.std(advantage) + 1e-8

        feed = {
            self.local.states: states,
            self.local.actions: actions,
            self.local.rewards: rewards,
            self.local.advantage: advantage
        }

        gradients = self.sess.run(self.local.gradients, feed)

        feed = []
        for (grad, _), (placeholder, _) in zip(gradients, self.global_network.gradients_placeholders):
            feed.append((placeholder, grad))

        feed = dict(feed)
        self.sess.run(self.global_network.apply_gradients, feed)


class PongLike:
    """A fixed 4-step episode of 210x160 frames: background, with a paddle that moves."""

    def reset(self):
        self.t = 0
        return self.frame()

    def frame(self):
        image = np.zeros((210, 160, 3), dtype=np.uint8)
        image[..., 0], image[..., 1], image[..., 2] = 144, 72, 17
        image[60 + 10 * self.t:90 + 10 * self.t, 20:40] = 200
        return image

    def step(self, action):
        self.t += 1
        reward = [0.0, 0.0, 1.0, -1.0][self.t - 1]
        return self.frame(), reward, self.t >= 4, {}


def main():
    tf.reset_default_graph()
    sess = tf.InteractiveSession()
    coord = tf.train.Coordinator()

    n_threads = 2
    input_shape = [80, 80, 1]
    output_dim = 3  # {1, 2, 3}
    global_network = A3CNetwork(name="global",
                                input_shape=input_shape,
                                output_dim=output_dim)

    thread_list = []
    env_list = []

    for id in range(n_threads):
        env = PongLike()

        single_agent = Agent(env=env,
                             session=sess,
                             coord=coord,
                             name="thread_{}".format(id),
                             global_network=global_network,
                             input_shape=input_shape,
                             output_dim=output_dim)
        thread_list.append(single_agent)
        env_list.append(env)

    init = tf.global_variables_initializer()
    sess.run(init)
    print("No model is found")

    for t in thread_list:
        t.play_episode()
    print(len(global_network.gradients_placeholders), len(thread_list[0].global_to_local))


np.random.seed(0)
main()

for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
for v in tf.global_variables():
    print(v.name, v.shape)
