# source: stevenpjg/ddpg-aigym critic_net.py, actor_net.py, ddpg.py (CriticNet and ActorNet kept as written: each in its own tf.Graph with a tf.InteractiveSession, target networks copied and soft-updated by assign ops built while running, tf.initialize_all_variables, the actor trained by tf.gradients with -q_gradient_input as grad_ys; matplotlib/time imports dropped, hidden 400/400 and 400/300 -> 5/5 and 5/4, BATCH_SIZE 64 -> 4 in all three files; DDPG kept except: the gym env -> a tiny class with 3-dim observations and a 1-dim action space, ActorNet(num_states, num_actions) without this ddpg.py version's action_bound (the stored actor_net.py takes none), random.sample in minibatches -> the first BATCH_SIZE transitions; main.py's episode loop -> six stored transitions and two train() steps)
import numpy as np
import tensorflow as tf
import math
from collections import deque

TAU = 0.001
LEARNING_RATE= 0.001
BATCH_SIZE = 4
class CriticNet:
    """ Critic Q value model of the DDPG algorithm """
    def __init__(self,num_states,num_actions):

        self.g=tf.Graph()
        with self.g.as_default():
            self.sess = tf.InteractiveSession()

            #critic_q_model parameters:
            self.W1_c, self.B1_c, self.W2_c, self.W2_action_c, self.B2_c, self.W3_c, self.B3_c,\
            self.critic_q_model, self.critic_state_in, self.critic_action_in = self.create_critic_net(num_states, num_actions)

            #create target_q_model:
            self.t_W1_c, self.t_B1_c, self.t_W2_c, self.t_W2_action_c, self.t_B2_c, self.t_W3_c, self.t_B3_c,\
            self.t_critic_q_model, self.t_critic_state_in, self.t_critic_action_in = self.create_critic_net(num_states, num_actions)

            self.q_value_in=tf.placeholder("float",[None,1]) #supervisor
            self.l2_regularizer_loss = tf.nn.l2_loss(self.W1_c)+tf.nn.l2_loss(self.W2_c)+ tf.nn.l2_loss(self.W2_action_c) + tf.nn.l2_loss(self.W3_c)+tf.nn.l2_loss(self.B1_c)+tf.nn.l2_loss(self.B2_c)+tf.nn.l2_loss(self.B3_c)
            self.cost=tf.pow(self.critic_q_model-self.q_value_in,2)/BATCH_SIZE +1e-2*self.l2_regularizer_loss#/tf.to_float(tf.shape(self.q_value_in)[0])
            self.optimizer = tf.train.AdamOptimizer(learning_rate=LEARNING_RATE).minimize(self.cost)

            #action gradient to be used in actor network:
            #self.action_gradients=tf.gradients(self.critic_q_model,self.critic_action_in)
            #from simple actor net:
            self.act_grad_v = tf.gradients(self.critic_q_model, self.critic_action_in)
            self.action_gradients = [self.act_grad_v[0]/tf.to_float(tf.shape(self.act_grad_v[0])[0])] #this is just divided by batch size
            #from simple actor net:
            self.check_fl = self.action_gradients

            #raw_input("Press Enter to continue...")
            #initialize all tensor variable parameters:
            self.sess.run(tf.initialize_all_variables())

            #To make sure critic and target have same parmameters copy the parameters:
            # copy target parameters
            self.sess.run([
                self.t_W1_c.assign(self.W1_c),
                self.t_B1_c.assign(self.B1_c),
                self.t_W2_c.assign(self.W2_c),
                self.t_W2_action_c.assign(self.W2_action_c),
                self.t_B2_c.assign(self.B2_c),
                self.t_W3_c.assign(self.W3_c),
                self.t_B3_c.assign(self.B3_c)
            ])


    def create_critic_net(self, num_states=4, num_actions=1):
        N_HIDDEN_1 = 5
        N_HIDDEN_2 = 5
        critic_state_in = tf.placeholder("float",[None,num_states])
        critic_action_in = tf.placeholder("float",[None,num_actions])

        W1_c = tf.Variable(tf.random_uniform([num_states,N_HIDDEN_1],-1/math.sqrt(num_states),1/math.sqrt(num_states)))
        B1_c = tf.Variable(tf.random_uniform([N_HIDDEN_1],-1/math.sqrt(num_states),1/math.sqrt(num_states)))
        W2_c = tf.Variable(tf.random_uniform([N_HIDDEN_2,N_HIDDEN_2],-1/math.sqrt(N_HIDDEN_1+num_actions),1/math.sqrt(N_HIDDEN_1+num_actions)))
        W2_action_c = tf.Variable(tf.random_uniform([num_actions,N_HIDDEN_2],-1/math.sqrt(N_HIDDEN_1+num_actions),1/math.sqrt(N_HIDDEN_1+num_actions)))
        B2_c= tf.Variable(tf.random_uniform([N_HIDDEN_2],-1/math.sqrt(N_HIDDEN_1+num_actions),1/math.sqrt(N_HIDDEN_1+num_actions)))
        W3_c= tf.Variable(tf.random_uniform([N_HIDDEN_2,1],-0.003,0.003))
        B3_c= tf.Variable(tf.random_uniform([1],-0.003,0.003))

        H1_c=tf.nn.softplus(tf.matmul(critic_state_in,W1_c)+B1_c)
        H2_c=tf.nn.tanh(tf.matmul(H1_c,W2_c)+tf.matmul(critic_action_in,W2_action_c)+B2_c)

        critic_q_model=tf.matmul(H2_c,W3_c)+B3_c


        return W1_c, B1_c, W2_c, W2_action_c, B2_c, W3_c, B3_c, critic_q_model, critic_state_in, critic_action_in

    def train_critic(self, state_t_batch, action_batch, y_i_batch ):


        self.sess.run(self.optimizer, feed_dict={self.critic_state_in: state_t_batch, self.critic_action_in:action_batch, self.q_value_in: y_i_batch})

    def evaluate_target_critic(self,state_t_1,action_t_1):
        return self.sess.run(self.t_critic_q_model, feed_dict={self.t_critic_state_in: state_t_1, self.t_critic_action_in: action_t_1})

    def compute_delQ_a(self,state_t,action_t):
        return self.sess.run(self.action_gradients, feed_dict={self.critic_state_in: state_t,self.critic_action_in: action_t})

    def update_target_critic(self):
        self.sess.run([
            self.t_W1_c.assign(TAU*self.W1_c+(1-TAU)*self.t_W1_c),
            self.t_B1_c.assign(TAU*self.B1_c+(1-TAU)*self.t_B1_c),
            self.t_W2_c.assign(TAU*self.W2_c+(1-TAU)*self.t_W2_c),
            self.t_W2_action_c.assign(TAU*self.W2_action_c+(1-TAU)*self.t_W2_action_c),
            self.t_B2_c.assign(TAU*self.B2_c+(1-TAU)*self.t_B2_c),
            self.t_W3_c.assign(TAU*self.W3_c+(1-TAU)*self.t_W3_c),
            self.t_B3_c.assign(TAU*self.B3_c+(1-TAU)*self.t_B3_c)
        ])


ACTOR_LEARNING_RATE = 0.0001
ACTOR_TAU = 0.0001
class ActorNet:
    """ Actor Network Model of DDPG Algorithm """

    def __init__(self,num_states,num_actions):
        self.g=tf.Graph()
        with self.g.as_default():
            self.sess = tf.InteractiveSession()

            #actor network model parameters:
            self.W1_a, self.B1_a, self.W2_a, self.B2_a, self.W3_a, self.B3_a,\
            self.actor_state_in, self.actor_model = self.create_actor_net(num_states, num_actions)


            #target actor network model parameters:
            self.t_W1_a, self.t_B1_a, self.t_W2_a, self.t_B2_a, self.t_W3_a, self.t_B3_a,\
            self.t_actor_state_in, self.t_actor_model = self.create_actor_net(num_states, num_actions)

            #cost of actor network:
            self.q_gradient_input = tf.placeholder("float",[None,num_actions]) #gets input from action_gradient computed in critic network file
            self.actor_parameters = [self.W1_a, self.B1_a, self.W2_a, self.B2_a, self.W3_a, self.B3_a]
            self.parameters_gradients = tf.gradients(self.actor_model,self.actor_parameters,-self.q_gradient_input)#/BATCH_SIZE)
            self.optimizer = tf.train.AdamOptimizer(ACTOR_LEARNING_RATE).apply_gradients(zip(self.parameters_gradients,self.actor_parameters))
            #initialize all tensor variable parameters:
            self.sess.run(tf.initialize_all_variables())

            #To make sure actor and target have same intial parmameters copy the parameters:
            # copy target parameters
            self.sess.run([
                self.t_W1_a.assign(self.W1_a),
                self.t_B1_a.assign(self.B1_a),
                self.t_W2_a.assign(self.W2_a),
                self.t_B2_a.assign(self.B2_a),
                self.t_W3_a.assign(self.W3_a),
                self.t_B3_a.assign(self.B3_a)])



    def create_actor_net(self, num_states=4, num_actions=1):
        """ Network that takes states and return action """
        N_HIDDEN_1 = 5
        N_HIDDEN_2 = 4
        actor_state_in = tf.placeholder("float",[None,num_states])
        W1_a=tf.Variable(tf.random_uniform([num_states,N_HIDDEN_1],-1/math.sqrt(num_states),1/math.sqrt(num_states)))
        B1_a=tf.Variable(tf.random_uniform([N_HIDDEN_1],-1/math.sqrt(num_states),1/math.sqrt(num_states)))
        W2_a=tf.Variable(tf.random_uniform([N_HIDDEN_1,N_HIDDEN_2],-1/math.sqrt(N_HIDDEN_1),1/math.sqrt(N_HIDDEN_1)))
        B2_a=tf.Variable(tf.random_uniform([N_HIDDEN_2],-1/math.sqrt(N_HIDDEN_1),1/math.sqrt(N_HIDDEN_1)))
        W3_a=tf.Variable(tf.random_uniform([N_HIDDEN_2,num_actions],-0.003,0.003))
        B3_a=tf.Variable(tf.random_uniform([num_actions],-0.003,0.003))

        H1_a=tf.nn.softplus(tf.matmul(actor_state_in,W1_a)+B1_a)
        H2_a=tf.nn.tanh(tf.matmul(H1_a,W2_a)+B2_a)
        actor_model=tf.matmul(H2_a,W3_a) + B3_a
        actor_model=3*tf.nn.tanh(actor_model) #value 3 depends on the action bounds
        return W1_a, B1_a, W2_a, B2_a, W3_a, B3_a, actor_state_in, actor_model


    def evaluate_actor(self,state_t):
        return self.sess.run(self.actor_model, feed_dict={self.actor_state_in:state_t})


    def evaluate_target_actor(self,state_t_1):
        return self.sess.run(self.t_actor_model, feed_dict={self.t_actor_state_in: state_t_1})

    def train_actor(self,actor_state_in,q_gradient_input):
        self.sess.run(self.optimizer, feed_dict={ self.actor_state_in: actor_state_in, self.q_gradient_input: q_gradient_input})

    def update_target_actor(self):
        self.sess.run([
            self.t_W1_a.assign(ACTOR_TAU*self.W1_a+(1-ACTOR_TAU)*self.t_W1_a),
            self.t_B1_a.assign(ACTOR_TAU*self.B1_a+(1-ACTOR_TAU)*self.t_B1_a),
            self.t_W2_a.assign(ACTOR_TAU*self.W2_a+(1-ACTOR_TAU)*self.t_W2_a),
            self.t_B2_a.assign(ACTOR_TAU*self.B2_a+(1-ACTOR_TAU)*self.t_B2_a),
            self.t_W3_a.assign(ACTOR_TAU*self.W3_a+(1-ACTOR_TAU)*self.t_W3_a),
            self.t_B3_a.assign(ACTOR_TAU*self.B3_a+(1-ACTOR_TAU)*self.t_B3_a)])


REPLAY_MEMORY_SIZE = 1000000
GAMMA=0.99
class DDPG:
    """ Deep Deterministic Policy Gradient Algorithm"""
    def __init__(self,env):
        self.env = env
        self.num_states = env.observation_space.shape[0]
        self.num_actions = env.action_space.shape[0]

        #Initialize Actor Network:
        action_bound = env.action_space.high
        self.critic_net = CriticNet(self.num_states, self.num_actions) #self.actor_net is an object
        self.actor_net = ActorNet(self.num_states, self.num_actions)

        #Initialize Buffer Network:
        self.replay_memory = deque()

        #Intialize time step:
        self.time_step = 0



    def evaluate_actor(self, state_t):

        return self.actor_net.evaluate_actor(state_t)

    def add_experience(self, observation_1, observation_2, action, reward, done):
        self.observation_1 = observation_1
        self.observation_2 = observation_2
        self.action = action
        self.reward = reward
        self.done = done
        self.replay_memory.append((self.observation_1, self.observation_2, self.action, self.reward,self.done))
        self.time_step = self.time_step + 1
        if(len(self.replay_memory)>REPLAY_MEMORY_SIZE):
            self.replay_memory.popleft()

    def minibatches(self):
        batch = list(self.replay_memory)[:BATCH_SIZE]
        #state t
        self.state_t_batch = [item[0] for item in batch]
        self.state_t_batch = np.array(self.state_t_batch)
        #state t+1
        self.state_t_1_batch = [item[1] for item in batch]
        self.state_t_1_batch = np.array( self.state_t_1_batch)
        self.action_batch = [item[2] for item in batch]
        self.action_batch = np.array(self.action_batch)
        self.action_batch = np.reshape(self.action_batch,[len(self.action_batch),self.num_actions])
        self.reward_batch = [item[3] for item in batch]
        self.reward_batch = np.array(self.reward_batch)
        self.done_batch = [item[4] for item in batch]
        self.done_batch = np.array(self.done_batch)

    def train(self):
        #sample a random minibatch of N transitions from R
        self.minibatches()
        self.action_t_1_batch = self.actor_net.evaluate_target_actor(self.state_t_1_batch)
        #Q'(s_i+1,a_i+1)
        q_t_1 = self.critic_net.evaluate_target_critic(self.state_t_1_batch,self.action_t_1_batch)


        self.y_i_batch=[]
        for i in range(0,BATCH_SIZE):

            if self.done_batch[i]:
                self.y_i_batch.append(self.reward_batch[i])
            else:

                self.y_i_batch.append(self.reward_batch[i] + GAMMA*q_t_1[i][0])

        self.y_i_batch=np.array(self.y_i_batch)
        self.y_i_batch = np.reshape(self.y_i_batch,[len(self.y_i_batch),1])
        # Update critic by minimizing the loss
        self.critic_net.train_critic(self.state_t_batch, self.action_batch,self.y_i_batch)

        # Update actor proportional to the gradients:

        #actions for computing delQ/dela because
        action_for_delQ = self.evaluate_actor(self.state_t_batch) #think of if you want to take this action or the action_t_batch itself:
        self.del_Q_a = self.critic_net.compute_delQ_a(self.state_t_batch,action_for_delQ)#/BATCH_SIZE

        # train actor network proportional to delQ/dela and del_Actor_model/del_actor_parameters:


        self.actor_net.train_actor(self.state_t_batch,self.del_Q_a[0])

        # Update target Critic and actor network
        self.critic_net.update_target_critic()
        self.actor_net.update_target_actor()


class Box:
    def __init__(self, shape, high):
        self.shape = shape
        self.high = high


class Env:
    observation_space = Box((3,), np.array([1.0, 1.0, 8.0]))
    action_space = Box((1,), np.array([2.0]))


agent = DDPG(Env())
print(len(tf.get_default_graph().get_operations()), tf.get_default_graph() is agent.actor_net.g)
for i in range(6):
    obs = np.array([0.1 * i, -0.2 * i, 0.05 * i])
    agent.add_experience(obs, obs + 0.1, agent.evaluate_actor(np.reshape(obs, [1, 3]))[0], -1.0 * i, i == 5)
agent.train()
agent.train()
print(agent.time_step, agent.y_i_batch.shape, agent.del_Q_a[0].shape, agent.action_t_1_batch.dtype)

for net in (agent.critic_net, agent.actor_net):
    with net.g.as_default():
        for op in tf.get_default_graph().get_operations():
            print(op.name, op.type)
        for v in tf.global_variables():
            print(v.name, v.shape)
